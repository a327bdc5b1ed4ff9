"""Quote attribution patterns of real reporting, one short composed article per rule.

Each test writes a few sentences in the way news does (invented people and places), runs the
whole-article analysis and checks only what its rule decides: whether words are a quote, whose,
and of which kind.
"""

from __future__ import annotations

import pytest

from quote_helpers import find, not_quoted, quotes_of, speaker


# -- continuations -------------------------------------------------------------------------------
def test_quote_over_paragraphs_keeps_its_speaker():
    qs = quotes_of(
        """Harbour master Colm Dwyer spoke to reporters on the quay:

"The storm moved faster than any forecast said it would.

"We lost two moorings and a crane before midnight.

"Nobody was hurt, and that is what matters."

The port reopens on Friday."""
    )
    for words in ("storm moved faster", "two moorings", "Nobody was hurt"):
        assert speaker(qs, words) == "Colm Dwyer"
        assert find(qs, words).kind == "direct"


def test_paragraphs_run_together_on_one_line_each_reopen_a_quote():
    qs = quotes_of(
        """Head teacher Aisha Rahman said: "The roof has leaked since March. "We have moved three classes into the hall. "Parents deserve better than buckets in corridors." The council will inspect the school next week."""
    )
    assert [q.text for q in qs if q.speaker == "Aisha Rahman"] == [
        "The roof has leaked since March.",
        "We have moved three classes into the hall.",
        "Parents deserve better than buckets in corridors.",
    ]
    assert not_quoted(qs, "The council will inspect")


def test_next_sentence_in_quotes_continues_the_last_speaker():
    qs = quotes_of(
        """"The bridge is safe," engineer Tomasz Wilk said. "We checked every bolt twice." Traffic will resume at noon."""
    )
    assert speaker(qs, "checked every bolt") == "Tomasz Wilk"
    assert not_quoted(qs, "Traffic will resume")


def test_quote_opening_a_paragraph_after_reported_speech_continues_it():
    qs = quotes_of(
        """Councillor Hana Berg said the budget left no room for new parks.

"We are choosing between swings and streetlights, and that is not a real choice.\""""
    )
    assert speaker(qs, "swings and streetlights") == "Hana Berg"


def test_interrupted_quote_gives_both_halves_to_one_speaker():
    qs = quotes_of(""""It was close," said Ines Moreau, "but the vote is the vote." The result was announced at nine.""")
    assert speaker(qs, "It was close") == "Ines Moreau"
    assert speaker(qs, "the vote is the vote") == "Ines Moreau"


# -- pronouns and titles -------------------------------------------------------------------------
def test_two_callings_joined_by_and_describe_one_person():
    qs = quotes_of(
        """Mia Lund quit the quiz show on Friday. The feminist writer and broadcaster said the show had been cruel to its guests."""
    )
    assert speaker(qs, "the show had been cruel") == "Mia Lund"


def test_he_added_and_she_told_the_bbc():
    qs = quotes_of(
        """Fisheries minister Rafael Soto opened the talks in Vigo. He added that quotas would be reviewed in spring.

Trawler owner Maura Keane was not convinced. She told the BBC: "Every review ends with fewer boats.\""""
    )
    assert speaker(qs, "quotas would be reviewed") == "Rafael Soto"
    assert find(qs, "quotas would be reviewed").kind == "reported"
    assert speaker(qs, "fewer boats") == "Maura Keane"


def test_pronoun_skips_people_named_inside_reported_words():
    qs = quotes_of(
        """Coach Leona Fritz said that Amir Haddad, who arrived in June, had earned his place. "He has trained harder than anyone," she said."""
    )
    assert speaker(qs, "trained harder") == "Leona Fritz"


def test_pronoun_prefers_the_subject_over_a_possessive():
    qs = quotes_of(
        """Former mayor Oskar Lind backed Mr Petrov's housing plan when he urged the council to approve it before winter. Mr Petrov thanked him."""
    )
    assert speaker(qs, "the council to approve it") == "Oskar Lind"


def test_pronoun_skips_someone_of_the_other_gender():
    qs = quotes_of(
        """Judge Miriam Osei dismissed the appeal after a short hearing with Victor Lamb. "The law is clear on this," she said."""
    )
    assert speaker(qs, "The law is clear") == "Miriam Osei"


def test_title_nominal_resolves_to_the_person_with_that_title():
    qs = quotes_of(
        """UK chancellor Henry Marsh met bankers in Leeds on Monday. Deputy Prime Minister Ruth Calder stayed in London.

The chancellor said the economy would grow by 2% next year."""
    )
    assert speaker(qs, "economy would grow") == "Henry Marsh"


def test_prime_minister_is_not_the_deputy_prime_minister():
    qs = quotes_of(
        """Peter Vance faces a vote of confidence on Tuesday. Deputy Prime Minister Alan Greer said he would stay loyal.

The prime minister said the vote was "a distraction from the work of government".""",
        headline="Vance faces confidence vote",
    )
    assert speaker(qs, "a distraction from the work") == "Peter Vance"


def test_description_without_a_title_is_the_person_the_article_is_about():
    qs = quotes_of(
        """Singer Dora Falk has cancelled her autumn tour. Her manager, Luis Ortega, confirmed the news on Monday.

"I need to rest my voice," the 52-year-old performer said.""",
        headline="Falk cancels tour",
    )
    assert speaker(qs, "rest my voice") == "Dora Falk"


def test_a_description_is_not_a_person_the_article_describes_otherwise():
    qs = quotes_of(
        """Tax adviser Rita Moss gave evidence at the trial of Leon Vale on Monday. Ms Moss said the forms were sent late. Ms Moss had met Mr Vale twice. Ms Moss was fired after a week. Tapes of the interviews were played. On one of them, the singer said he never read his tax returns.""",
        headline="Adviser gives evidence",
    )
    assert speaker(qs, "never read his tax returns") == "Leon Vale"


def test_a_description_sharing_a_word_with_the_title_of_the_person_just_named():
    qs = quotes_of(
        """Former army chief Lord Keld has attacked the budget of Tom Reed. Mr Reed had cut the army by a third. Mr Reed said savings were needed.

Lord Keld said the cuts would leave the army weak. The former defence secretary said: "We cannot fight a war on the cheap." """,
        headline="Keld attacks budget",
    )
    assert speaker(qs, "fight a war on the cheap") == "Lord Keld"


def test_a_description_with_no_subject_before_is_the_person_named_last():
    qs = quotes_of(
        """Singer Tom Reyes opened the festival on Friday. Reyes said it was his best night.

The loudest cheer was saved for Lia Moss, who plays a witch in the Dark Woods films. The 14-year-old said: "I could not stop smiling." """,
        headline="Festival opens",
    )
    assert speaker(qs, "could not stop smiling") == "Lia Moss"


def test_a_description_heading_a_sentence_is_who_he_is_next():
    qs = quotes_of(
        """Coach Dan Webb praised his side. "We were strong all game," Webb said.

None did more than Leo Hart, who now faces the kind of attention given to the likes of Sam Ives. The confident 23-year-old is not worried. "I like pressure," he said.""",
        headline="Webb praises side",
    )
    assert speaker(qs, "I like pressure") == "Leo Hart"


def test_a_description_after_a_connective_with_where_he_is_from_is_who_he_is_next():
    qs = quotes_of(
        """Sean Moran is ready to commit his future to Dunmore.

Early talks have taken place and the defender said: "I want to stay here." Kelso boss Tom Hale is said to be keen on Moran's form. But the 25-year-old Dubliner underlined his wish to stay. He added: "This is my home."

Kelso boss Tom Hale is said to be keen on Moran's form. But the club denied it had made a bid. He added: "We are patient." """,
        headline="Moran keen to stay",
    )
    assert speaker(qs, "This is my home") == "Sean Moran"
    assert speaker(qs, "We are patient") == "Tom Hale"


def test_an_aside_with_herself_gives_no_title():
    qs = quotes_of(
        """Best actress winner Nora Pike said the award was a surprise. Cheering for Ms Pike was Eva Lund, herself nominated for her role as a nurse.

Shivering in a long coat, the Swedish actress stopped to wave and joked: "It is colder than Stockholm." """,
        headline="Stars at awards",
    )
    assert speaker(qs, "colder than Stockholm") == "Eva Lund"


def test_the_citys_top_official_is_its_mayor():
    qs = quotes_of(
        """Mayor Lena Koh and Fire Chief Omar Reyes toured the flooded district on Sunday.

The city's top official confirmed that the schools would stay shut until Thursday."""
    )
    assert speaker(qs, "schools would stay shut") == "Lena Koh"


def test_it_added_that_for_an_organisation():
    qs = quotes_of(
        """Regional airline SkyLink said on Monday it would cut its winter timetable. It added that no jobs would be lost."""
    )
    assert speaker(qs, "no jobs would be lost") == "SkyLink"
    assert speaker(qs, "cut its winter timetable") == "SkyLink"


# -- the name after the quote --------------------------------------------------------------------
def test_name_after_the_quote_in_apposition():
    qs = quotes_of(""""We will not sign this," said the minister, Jack Thorne. Talks resume on Monday.""")
    assert speaker(qs, "will not sign") == "Jack Thorne"


def test_an_adverb_after_the_name_after_the_quote_is_no_part_of_it():
    qs = quotes_of(
        """Teenager Carlos Vidal won the final in four sets. "What a way to end the season," said Vidal afterwards. "I am very tired," said Vidal quietly.""",
        headline="Vidal wins final",
    )
    assert speaker(qs, "What a way to end the season") == "Carlos Vidal"
    assert speaker(qs, "I am very tired") == "Carlos Vidal"


def test_name_after_the_quote_with_title_and_employer():
    qs = quotes_of(
        """"Prices will keep rising," said Corvin Bank analyst Petra Holm. "Rents will follow," said Ivo Marek of the Tenants Union."""
    )
    assert speaker(qs, "Prices will keep rising") == "Petra Holm"
    assert speaker(qs, "Rents will follow") == "Ivo Marek"
    assert not_quoted(qs, "of the Tenants Union")


def test_speaker_described_between_commas_before_the_verb():
    qs = quotes_of(
        """"Nobody asked the farmers," Ewan Price, chairman of the Upland Growers, told the inquiry."""
    )
    assert speaker(qs, "Nobody asked the farmers") == "Ewan Price"
    assert not_quoted(qs, "chairman of the Upland Growers")


def test_a_name_after_two_titles_joined_by_and():
    qs = quotes_of(
        """"It is a long season," points out former sprinter and radio pundit Joe Marsh. "Rest matters." The judges praised Ada Kemp and Nell Ruiz."""
    )
    assert speaker(qs, "It is a long season") == "Joe Marsh"
    assert speaker(qs, "Rest matters") == "Joe Marsh"


def test_a_verb_of_no_speech_list_and_the_speaker_after_the_quote():
    qs = quotes_of(
        """Coach Lina Ferro watched the heats with Joe Marsh. "She is ready to win," agreed Marsh. "It is her year." "We have waited long enough," enthused Ms Ferro."""
    )
    assert speaker(qs, "She is ready to win") == "Joe Marsh"
    assert speaker(qs, "It is her year") == "Joe Marsh"
    assert speaker(qs, "We have waited long enough") == "Lina Ferro"


# -- organisations and unnamed speakers ----------------------------------------------------------
def test_organisations_and_unnamed_sources_speak_under_their_own_names():
    qs = quotes_of(
        """Minister Carla Nunes was in Brussels on Monday. Downing Street said the talks would continue. A Treasury spokesman said no decision had been taken. The paper said the deal was close."""
    )
    assert speaker(qs, "talks would continue") == "Downing Street"
    assert speaker(qs, "no decision had been taken") == "a Treasury spokesman"
    assert speaker(qs, "the deal was close") == "the paper"


def test_a_body_introduced_by_what_it_is_is_the_firm_that_speaks_later():
    qs = quotes_of(
        """Shares in investment firm Halvorsen Grant rose on Tuesday. The firm said profits had doubled."""
    )
    assert speaker(qs, "profits had doubled") == "Halvorsen Grant"


def test_an_unnamed_spokeswoman_is_she():
    qs = quotes_of(
        """A spokeswoman for the Riverside Mall said trading was brisk. "We expect a record weekend," she added."""
    )
    assert speaker(qs, "trading was brisk") == "a spokeswoman for the Riverside Mall"
    assert speaker(qs, "record weekend") == "a spokeswoman for the Riverside Mall"


def test_plural_unnamed_sources_after_the_content():
    qs = quotes_of("""The merger could push fares up by a tenth, analysts warned. They say regulators will step in.""")
    assert speaker(qs, "push fares up") == "analysts"
    assert find(qs, "push fares up").kind == "reported"
    qs = quotes_of("""The new virus, nicknamed Magpie, poses as a bank but is fake, say Carlow University experts.""")
    q = find(qs, "poses as a bank but is fake")
    assert (q.speaker, q.kind) == ("Carlow University experts", "reported")


def test_sources_named_by_what_they_are():
    qs = quotes_of(
        """"The deal is dead," a source close to the talks said. Officials said the border would reopen. Prime Minister Julia Sand flew to Oslo. Ms Sand's spokesman said she would return on Friday."""
    )
    assert speaker(qs, "The deal is dead") == "a source close to the talks"
    assert speaker(qs, "the border would reopen") == "Officials"
    assert speaker(qs, "she would return on Friday") == "Ms Sand's spokesman"


def test_unnamed_speakers_with_asides_and_numbers():
    qs = quotes_of(
        """Rescue workers said at least 40 people had died. A local official, who asked not to be named, said the toll could rise. "Whole streets have gone," he said."""
    )
    assert speaker(qs, "at least 40 people had died") == "Rescue workers"
    assert speaker(qs, "the toll could rise") == "a local official"
    assert speaker(qs, "Whole streets have gone") == "a local official"
    assert not_quoted(qs, "not to be named")


def test_party_possessive_and_age_nominal():
    qs = quotes_of(
        """Labour's Ruth Kerr said the bill was "cruel and unworkable". The 58-year-old added: "I will vote against it.\""""
    )
    assert speaker(qs, "cruel and unworkable") == "Ruth Kerr"
    assert speaker(qs, "I will vote against it") == "Ruth Kerr"


def test_a_name_in_apposition_beats_the_title_before_it():
    qs = quotes_of("""Amnesty's UK director, Rhea Bose, said: "People are being detained today, not next year.\"""")
    assert speaker(qs, "being detained today") == "Rhea Bose"


def test_the_company_is_the_firm_the_article_introduced():
    qs = quotes_of(
        """Software maker Quill has released a new version of its editor. The company says it is faster. "It's a disaster," said one trader."""
    )
    assert speaker(qs, "it is faster") == "Quill"
    assert speaker(qs, "a disaster") == "one trader"


# -- where a quote's cue ends ---------------------------------------------------------------------
def test_a_new_sentence_after_a_quote_is_no_cue_for_it():
    qs = quotes_of(
        """"The noise starts at 5am," said resident June Park. "Nobody listens." The council said it was investigating."""
    )
    assert speaker(qs, "Nobody listens") == "June Park"
    assert speaker(qs, "it was investigating") == "the council"


def test_a_question_mark_does_not_end_the_sentence_before_its_cue():
    qs = quotes_of(""""Is this really the best we can do?" asked opposition leader Mark Olsen.""")
    q = find(qs, "the best we can do")
    assert (q.speaker, q.kind) == ("Mark Olsen", "direct")


def test_a_title_in_apposition_is_not_reported_words():
    qs = quotes_of("""The union's general secretary, Bea Carr, warned of "a long winter of strikes".""")
    assert speaker(qs, "a long winter of strikes") == "Bea Carr"
    assert not_quoted(qs, "general secretary")


# -- reported speech -----------------------------------------------------------------------------
def test_a_closing_cue_followed_by_but_and_what_the_speaker_thinks():
    qs = quotes_of(
        """Tom Hale runs a spam filter firm in Leeds. The amount of spam was still growing, said Mr Hale, but he did not think the trick would end e-mail."""
    )
    assert find(qs, "spam was still growing").text == "The amount of spam was still growing"
    assert speaker(qs, "spam was still growing") == "Tom Hale"
    assert not_quoted(qs, "the trick would end e-mail")


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Dr Nina Vogel told reporters the vaccine was safe.", "the vaccine was safe"),
        ("Dr Nina Vogel added that more doses would arrive.", "more doses would arrive"),
        ("Dr Nina Vogel warned that the winter would be hard.", "the winter would be hard"),
        ("Dr Nina Vogel argued that the rules were too slow.", "the rules were too slow"),
        ("Dr Nina Vogel claimed the figures had been ignored.", "the figures had been ignored"),
        ("Dr Nina Vogel insisted the clinic would stay open.", "the clinic would stay open"),
        ("Dr Nina Vogel denied that staff had been told to stay silent.", "staff had been told to stay silent"),
        ("Dr Nina Vogel admitted mistakes had been made in March.", "mistakes had been made"),
        ("Dr Nina Vogel urged parents to book appointments early.", "parents to book appointments"),
        ("Dr Nina Vogel made it clear that she would not resign.", "she would not resign"),
        ("Dr Nina Vogel accused the board of ignoring the warnings.", "the board of ignoring the warnings"),
        ("According to Dr Nina Vogel, the wards are full.", "the wards are full"),
        ("Dr Nina Vogel agreed the waiting lists were too long.", "the waiting lists were too long"),
        ("Dr Nina Vogel agreed she had been slow to act.", "she had been slow to act"),
        ("Dr Nina Vogel asked for the two wards to be reopened.", "the two wards to be reopened"),
        ("Dr Nina Vogel pleaded with nurses not to strike.", "nurses not to strike"),
        ("Dr Nina Vogel likened the new rota to the way the army works.", "the new rota to the way the army works"),
        ("Dr Nina Vogel billed the clinic as the best in the north.", "the clinic as the best in the north"),
        ("Dr Nina Vogel claimed to have seen the files.", "to have seen the files"),
    ],
)
def test_reported_speech_verbs(sentence, words):
    qs = quotes_of(sentence)
    q = find(qs, words)
    assert (q.speaker, q.kind) == ("Nina Vogel", "reported")


def test_a_request_after_another_is_a_quote_of_its_own():
    qs = quotes_of("""Dr Nina Vogel urged staff to stay, and appealed for the wards to be reopened.""")
    assert find(qs, "staff to stay").text == "staff to stay"
    assert find(qs, "the wards to be reopened").text == "the wards to be reopened"


def test_what_a_body_claims_to_be_inside_a_relative_clause():
    qs = quotes_of("""Tarn, which claims to represent half the owners, has complained about the deal.""")
    q = find(qs, "to represent half the owners")
    assert (q.text, q.speaker, q.kind) == ("to represent half the owners", "Tarn", "reported")


def test_a_request_for_help_is_no_quote():
    qs = quotes_of("""Police appealed for public help to find the two men. The club asked for calm.""")
    assert not_quoted(qs, "public help to find")
    assert not_quoted(qs, "calm")


def test_a_passive_billed_as_names_no_speaker():
    qs = quotes_of("""The fair is being billed as the biggest in the north.""")
    assert not_quoted(qs, "the biggest in the north")


def test_agreed_without_that_needs_a_clause_and_no_condition():
    qs = quotes_of(
        """Dr Nina Vogel agreed a deal with the union. If the board agrees she will start in May. Nurses agreed to return to work."""
    )
    assert not_quoted(qs, "a deal with the union")
    assert not_quoted(qs, "she will start in May")
    assert not_quoted(qs, "to return to work")


def test_according_to_after_the_content_keeps_the_appositive_out():
    qs = quotes_of(
        """The lake will freeze by Friday, according to Sven Aalto, a climatologist at the northern observatory."""
    )
    q = find(qs, "The lake will freeze by Friday")
    assert (q.speaker, q.kind) == ("Sven Aalto", "reported")
    assert not_quoted(qs, "a climatologist")


def test_according_to_with_an_adverb_before_the_clause():
    qs = quotes_of("""According to the harbour unions, however, the plan is one big con trick.""")
    q = find(qs, "the plan is one big con trick")
    assert (q.text, q.speaker, q.kind) == ("the plan is one big con trick", "the harbour unions", "reported")


def test_cue_after_the_content_and_in_the_middle():
    qs = quotes_of(
        """The plant will close in May, Ms Adair said. Even so, she said, most staff would be offered new posts."""
    )
    assert find(qs, "The plant will close in May").speaker == "Adair"
    assert find(qs, "most staff would be offered new posts").speaker == "Adair"
    assert not_quoted(qs, "Even so")


def test_participle_and_coordinated_cues_belong_to_the_sentence_subject():
    qs = quotes_of(
        """Coach Bruno Lenz dropped the striker for Saturday's game, saying he had missed training. Lenz later met the players and said the matter was closed."""
    )
    assert speaker(qs, "he had missed training") == "Bruno Lenz"
    assert speaker(qs, "the matter was closed") == "Bruno Lenz"


def test_a_fronted_phrase_with_no_comma_before_the_subject_of_a_coordinated_cue():
    qs = quotes_of(
        """Games chief Ray Lane and analyst Ann Moss spoke in Kelso on Monday. During his speech Mr Lane took a swipe at rival consoles and said chips had to be made with game makers in mind. After the talk, Ms Moss met reporters and said prices would fall."""
    )
    assert speaker(qs, "chips had to be made") == "Ray Lane"
    assert speaker(qs, "prices would fall") == "Ann Moss"


def test_who_is_punished_for_saying_something_said_it():
    qs = quotes_of(
        """The Harbour Party has suspended a candidate for allegedly suggesting the port should be sold.

Tom Ash, 54, was due to stand in Kelso. Party leader Ian Lowe was praised for saying the party had acted quickly."""
    )
    assert speaker(qs, "the port should be sold") == "Tom Ash"
    assert speaker(qs, "the party had acted quickly") == "Ian Lowe"


def test_a_participle_right_after_a_closing_cue_says_the_next_words():
    qs = quotes_of(
        """Mayor Ines Farrow opened the new ferry terminal on Friday. Trade through the port would double within five years, she said, adding that the old pier would become a museum."""
    )
    first = find(qs, "Trade through the port would double")
    assert first.speaker == "Ines Farrow" and "adding" not in first.text
    second = find(qs, "the old pier would become a museum")
    assert second.speaker == "Ines Farrow" and not second.text.startswith("adding")


def test_a_participle_after_a_speaker_and_an_appositive_is_the_speaker_s():
    qs = quotes_of(
        """The firms lost their appeal on Monday. "They have lost badly," said Nadia Petrov, a lecturer at Kelso Law School, adding that a new appeal was what the firms "had to try"."""
    )
    assert speaker(qs, "They have lost badly") == "Nadia Petrov"
    assert speaker(qs, "a new appeal was what") == "Nadia Petrov"


def test_a_cue_between_a_subject_and_its_verb_gives_both_sides_to_the_speaker():
    qs = quotes_of(
        """Ferry fares rose again in March. The biggest worry for islanders, Mr Hollis said, was the winter timetable. That, he warned, would drive young families away."""
    )
    assert speaker(qs, "The biggest worry for islanders") == "Hollis"
    assert speaker(qs, "was the winter timetable") == "Hollis"
    assert find(qs, "That").text == "That"
    assert speaker(qs, "would drive young families away") == "Hollis"


def test_according_to_between_a_subject_and_its_verb_gives_both_sides_to_the_source():
    qs = quotes_of(
        """Ferry fares rose again in March. The real cause, according to Dr Pia Lund, was a shortage of crews."""
    )
    assert speaker(qs, "The real cause") == "Pia Lund"
    assert speaker(qs, "was a shortage of crews") == "Pia Lund"


def test_according_to_inside_a_relative_clause_leaves_its_head_to_the_article():
    qs = quotes_of(
        """Ferry fares rose again in March. A new ferry that, according to Dr Pia Lund, has "room to grow" will sail in May."""
    )
    assert speaker(qs, "room to grow") == "Pia Lund"
    assert not_quoted(qs, "A new ferry")


def test_reported_words_stop_at_a_verb_coordinated_with_the_speech_verb():
    qs = quotes_of("""Senator Ada Quinn said the bill was flawed, but did not say how she would vote.""")
    q = find(qs, "the bill was flawed")
    assert "did not say" not in q.text


def test_possessive_speech_noun():
    qs = quotes_of("""Karl Benz Junior's claim that the tender was rigged was rejected by the council.""")
    q = find(qs, "the tender was rigged")
    assert q.kind == "reported" and "was rejected" not in q.text


def test_and_that_goes_on_with_reported_speech():
    qs = quotes_of("""The report says the river is polluted. And that the factory upstream has ignored three warnings.""")
    assert speaker(qs, "the factory upstream") == speaker(qs, "the river is polluted") == "the report"


def test_a_verb_of_thinking_reports_only_a_clause_with_quoted_words():
    qs = quotes_of(
        """Label boss Dan Ortiz has signed a new act from Leeds. Ortiz believes the trio could be "the biggest band of the decade". He thinks the album will sell well in the spring."""
    )
    q = find(qs, "the trio could be")
    assert (q.speaker, q.kind) == ("Dan Ortiz", "reported")
    assert not_quoted(qs, "the album will sell well")


def test_a_recommendation_is_reported_speech_with_a_clause_an_object_and_infinitive_or_a_gerund():
    qs = quotes_of(
        """An inquiry into the ferry crash has been published. The inquiry recommended the harbour board have a say in crew training. It also recommends fitting new radar to every boat.

Ferry operator Tidewell said the crash was rare and recommended passengers to check the weather. It recommended a review of its fleet. The inquiry recommended 12 ways to cut delays. The wine was recommended by the chef."""
    )
    for words, text, who in (
        ("have a say", "the harbour board have a say in crew training", "the inquiry"),
        ("fitting new radar", "fitting new radar to every boat", "the inquiry"),
        ("passengers to check", "passengers to check the weather", "Tidewell"),
        ("the crash was rare", "the crash was rare", "Tidewell"),
    ):
        q = find(qs, words)
        assert (q.text, q.speaker, q.kind) == (text, who, "reported")
    # a plain noun phrase, things counted with their purpose, or a passive are no words of anyone
    assert not_quoted(qs, "a review of its fleet")
    assert not_quoted(qs, "ways to cut delays")
    assert not_quoted(qs, "by the chef")


def test_a_verdict_or_a_clear_speaker_before_a_colon_introduces_what_was_said():
    qs = quotes_of(
        """Former mayor Lena Vale was asked to review the harbour plan. Her conclusion was simple: too many of the targets will be missed. On one point Ms Vale was very clear: the town should not copy its rival.

Ferry boss Omar Quist has also looked at the plan. His verdict was blunt: "It is a mess."

The outcome of the vote was clear: the plan had been rejected."""
    )
    for words, who, kind in (
        ("too many of the targets will be missed", "Lena Vale", "reported"),
        ("the town should not copy its rival", "Lena Vale", "reported"),
        ("It is a mess.", "Omar Quist", "direct"),
    ):
        q = find(qs, words)
        assert (q.text, q.speaker, q.kind) == (words, who, kind)
    # a result, not a speaker, before the colon
    assert not_quoted(qs, "the plan had been rejected")


def test_questioning_whether_is_reported_and_ends_the_clause_before_it():
    qs = quotes_of(
        """Tory spokesman Oliver Lane accused the mayor of "twisting" the figures and questioned how the council would fund its plans. While the new ferry is doing good business, others are questioning whether the harbour needs a second one. Police are questioning two men about the fire."""
    )
    q = find(qs, "the mayor of")
    assert (q.text, q.speaker) == ('the mayor of "twisting" the figures', "Oliver Lane")
    q = find(qs, "how the council would fund")
    assert (q.text, q.speaker, q.kind) == ("how the council would fund its plans", "Oliver Lane", "reported")
    q = find(qs, "whether the harbour needs")
    assert (q.text, q.speaker, q.kind) == ("whether the harbour needs a second one", "others", "reported")
    # questioning somebody is no speech
    assert not_quoted(qs, "two men about the fire")

# -- mixed quotes --------------------------------------------------------------------------------
def test_mixed_quote_is_reported_speech_of_its_speaker():
    qs = quotes_of("""Trade envoy Lucia Brandt said it was a "good deal" for both sides.""")
    q = find(qs, "good deal")
    assert (q.speaker, q.kind) == ("Lucia Brandt", "reported")
    assert q.text == 'it was a "good deal" for both sides'


def test_quoted_phrase_in_narration_after_a_speech_verb_is_direct():
    qs = quotes_of("""Inspector Dana Mills admitted "serious failings" but insisted the unit was improving.""")
    q = find(qs, "serious failings")
    assert (q.speaker, q.kind) == ("Dana Mills", "direct")
    assert speaker(qs, "the unit was improving") == "Dana Mills"


def test_condemned_and_attacked_take_only_a_quoted_phrase():
    qs = quotes_of(
        """Councillor Ivo Marsh condemned the vote as a "shambles". He also attacked the way the plan was "rushed" through. Mayor Rita Lowe condemned the delay."""
    )
    q = find(qs, "shambles")
    assert (q.speaker, q.kind, q.text) == ("Ivo Marsh", "direct", "shambles")
    assert (find(qs, "rushed").speaker, find(qs, "rushed").kind) == ("Ivo Marsh", "direct")
    assert not_quoted(qs, "the delay")  # no quoted words: nothing said
    qs = quotes_of("""The lifeguard was praised by coastguards for "remarkable courage" during the rescue.""")
    q = find(qs, "remarkable courage")
    assert (q.speaker, q.kind) == ("coastguards", "direct")


def test_reported_words_that_end_in_a_colon_open_a_quote_of_their_own():
    qs = quotes_of(
        """Councillor Jo Marsh spoke after the count. Katrin Bell said the mayor had shown he could win back voters: "I think we will have no problem now." Ann Ray told researchers of the hostility she met: "It was hard." Another member says she was told: "You will not last." She left in May."""
    )
    q = find(qs, "the mayor had shown")
    assert (q.text, q.speaker, q.kind) == ("the mayor had shown he could win back voters", "Katrin Bell", "reported")
    q = find(qs, "no problem now")
    assert (q.text, q.speaker, q.kind) == ("I think we will have no problem now.", "Katrin Bell", "direct")
    # no clause of its own before the colon, or a cue of its own in it: no reported words apart
    assert not_quoted(qs, "researchers of the hostility")
    assert speaker(qs, "It was hard.") == "Ann Ray"
    assert not any(q.text == "she was told" for q in qs)

# -- not speech ----------------------------------------------------------------------------------
def test_scare_quotes_titles_and_names_are_not_quotes():
    qs = quotes_of(
        """The so-called "Blue Corridor" scheme was launched in 2019. The documentary "Rivers of Salt" airs on Sunday. Critics call the levy a "stealth tax". Minister Jon Abbott said the scheme would be reviewed."""
    )
    for words in ("Blue Corridor", "Rivers of Salt", "stealth tax"):
        assert not_quoted(qs, words), words
    assert speaker(qs, "the scheme would be reviewed") == "Jon Abbott"


def test_a_nickname_after_an_article_and_a_title_described_so_are_not_quotes():
    # "Ann Roe and Tom Vale, from Kelso, dubbed the “Kelso Two”, were …": a participle of naming with an
    # article before the name gives a nickname; "the show described as “A Night of Hope”" a title in
    # capitals. Neither is anybody's words (and "described the plan as “…”" still reports).
    qs = quotes_of(
        """Tom Vale has won his appeal. Ann Roe and Tom Vale, from Kelso, dubbed the "Kelso Two", were found guilty in 1997. Ben Ash will sing on the show described as "A Night of Hope". Mr Ash described the plan as "simply the right thing"."""
    )
    assert not_quoted(qs, "Kelso Two")
    assert not_quoted(qs, "Night of Hope")
    assert speaker(qs, "simply the right thing") == "Ben Ash"


def test_quoted_words_in_the_headline_are_not_quotes():
    qs = quotes_of("""Mayor Lena Koh said the report was unfair.""", headline="Mayor attacks 'unfair' report")
    assert all(q.start > len("Mayor attacks 'unfair' report") for q in qs)
    assert speaker(qs, "the report was unfair") == "Lena Koh"


def test_a_question_the_article_asks_itself_is_not_a_quote():
    qs = quotes_of(
        """Councillor Ravi Shah said the library would close. So what will happen to the books? Nobody has yet decided."""
    )
    assert not_quoted(qs, "what will happen to the books")
    assert not_quoted(qs, "Nobody has yet decided")


def test_passive_cues_name_no_speaker():
    qs = quotes_of("""It has been claimed that the vote was rigged. The clerk was told her post would go.""")
    assert [(q.text, q.speaker) for q in qs] == [("the vote was rigged", "unattributed"), ("her post would go", "unattributed")]


def test_a_passive_speech_verb_makes_its_subject_no_speaker():
    qs = quotes_of(
        """Officials claim the farm is unused. New rules give the state the right to take land if it is declared idle or its owner cannot be traced. The plan was revealed to be far costlier than first thought."""
    )
    assert not_quoted(qs, "idle or its owner")
    assert not_quoted(qs, "far costlier")


# -- nested quotes -------------------------------------------------------------------------------
def test_nested_quotes_keep_the_outer_speaker():
    qs = quotes_of(
        """Union leader Fern Doyle said: "They called it 'a fair offer', but nobody believed them." She added: "He told me he would "sort it" by Friday and walked out.\""""
    )
    q = find(qs, "a fair offer")
    assert (q.speaker, q.kind) == ("Fern Doyle", "direct")
    assert find(qs, "sort it").speaker == "Fern Doyle"
    assert "walked out" in find(qs, "sort it").text


# -- who is who ----------------------------------------------------------------------------------
def test_one_person_under_every_name():
    qs = quotes_of(
        """Prime Minister Tony Marsh opened the conference in Cardiff. Mr Marsh said the economy was recovering. "We are not done yet," Marsh said. The prime minister added that taxes would not rise.""",
        headline="Marsh opens conference",
    )
    assert {q.speaker for q in qs} == {"Tony Marsh"}
    assert len(qs) == 3


def test_people_named_together_by_surname_speak_under_their_full_names():
    qs = quotes_of(
        """Coach Ian Pratt and physio Ruth Okoro watched the race. Pratt and Mrs Okoro agree the runner will recover."""
    )
    assert speaker(qs, "the runner will recover") == "Ian Pratt and Ruth Okoro"


def test_two_people_sharing_a_surname_stay_apart():
    qs = quotes_of(
        """Singer Jonas Berg and his wife Elsa were at home when the fire started. Elsa Berg said the smoke alarm woke them. "I grabbed the dog and ran," Berg said.

Jonas Berg said the firefighters arrived within minutes. "They saved the house," Berg said."""
    )
    assert speaker(qs, "smoke alarm woke them") == "Elsa Berg"
    assert speaker(qs, "grabbed the dog") == "Elsa Berg"
    assert speaker(qs, "firefighters arrived") == "Jonas Berg"
    assert speaker(qs, "saved the house") == "Jonas Berg"


def test_a_quote_missing_its_closing_mark_ends_before_the_next_cue():
    qs = quotes_of(
        """"Rents have doubled in five years," said Ana Lutz. "Nobody can afford to stay. Mr Keller said that the council had no plan for the estate."""
    )
    assert speaker(qs, "council had no plan") == "Keller"
    assert "Mr Keller" not in find(qs, "Nobody can afford").text


def test_a_quote_missing_its_closing_mark_ends_before_a_cue_and_colon():
    qs = quotes_of(
        """Striker Tom Ash said: "We played well. "I was tired at the end and needed a rest. Club boss Ian Roe said: "We need a second striker. "He will start on Saturday." """
    )
    assert speaker(qs, "tired at the end") == "Tom Ash"
    assert "Ian Roe" not in find(qs, "tired at the end").text
    assert speaker(qs, "a second striker") == "Ian Roe"
    assert speaker(qs, "start on Saturday") == "Ian Roe"


def test_a_mother_and_her_son_share_a_surname():
    qs = quotes_of(
        """Singer Marcus Dell denies the charges. His mother Irene Dell told reporters that her son was innocent. "I know my boy," she said. Describing Mr Dell as "a gentle man", the mother-of-four said she feared for him. Mr Dell's lawyers said the trial was unfair."""
    )
    assert speaker(qs, "her son was innocent") == "Irene Dell"
    assert speaker(qs, "I know my boy") == "Irene Dell"
    assert speaker(qs, "she feared for him") == "Irene Dell"
    assert speaker(qs, "the trial was unfair") == "Mr Dell's lawyers"


def test_a_document_by_someone_speaks_as_named():
    qs = quotes_of(
        """"The request serves no purpose," a motion by the defence lawyers stated. The hearing is on Monday."""
    )
    assert speaker(qs, "serves no purpose") == "a motion by the defence lawyers"


def test_according_to_closing_the_sentence_with_an_appositive():
    qs = quotes_of(
        """The price compares well with rival consoles, according to Ian Moss, editor of the Gamesworld.com magazine."""
    )
    assert speaker(qs, "compares well") == "Ian Moss"
    assert not_quoted(qs, "editor of the")


def test_place_before_a_name_is_no_title():
    qs = quotes_of(
        """Software pioneer Lena Varga spoke at a summit in Berlin. At a press event in Berlin Ms Varga said patents were a threat. Rival Ostrix has said it disagrees."""
    )
    q = find(qs, "patents were a threat")
    assert (q.speaker, q.role, q.cue) == ("Lena Varga", None, "Ms Varga said")
    assert speaker(qs, "it disagrees") == "Ostrix"


def test_capitalised_title_after_the_is_the_person_holding_it():
    qs = quotes_of(
        """Trade Minister Rosa Lind met investors. The Norwegian Trade Minister explained that the tariffs would fall in March."""
    )
    assert speaker(qs, "the tariffs would fall") == "Rosa Lind"


def test_a_title_in_the_first_paragraph_is_the_person_named_next():
    qs = quotes_of(
        """A former transport minister has called for a new rail authority to be set up.

Helen Carver said the current system was broken."""
    )
    assert speaker(qs, "a new rail authority") == "Helen Carver"
    assert speaker(qs, "the current system was broken") == "Helen Carver"


def test_an_adverbial_after_the_verb_stays_out_of_the_reported_words():
    qs = quotes_of("""Mr Ames said during his years in office he had seen six ministers come and go.""")
    assert find(qs, "he had seen six ministers").text.startswith("he had seen")


def test_an_adjective_that_looks_like_a_speech_verb_is_no_cue():
    qs = quotes_of("""Called Lumen, it has the look of a normal lamp, with the added feature of a speaker inside.""")
    assert qs == []


def test_a_single_name_after_an_occupation():
    qs = quotes_of(
        """Pop singer Zarella has signed a new record deal. "I feel reborn," Zarella said. She told media the album would be out in May."""
    )
    assert speaker(qs, "I feel reborn") == "Zarella"
    assert find(qs, "the album would be out in May").text.startswith("the album")


def test_a_court_title_before_a_name_is_no_part_of_it():
    qs = quotes_of(
        """Magistrate Jane Holt fined the driver £500 on Friday. Magistrate Jane Holt said the driving had put lives at risk. "This must stop," she said. Coroner Alan Peel said the death was an accident."""
    )
    assert speaker(qs, "the driving had put lives at risk") == "Jane Holt"
    assert speaker(qs, "This must stop") == "Jane Holt"
    assert speaker(qs, "the death was an accident") == "Alan Peel"


def test_a_single_name_with_a_family_is_a_person():
    qs = quotes_of(
        """Talks over the future of Marcinho went on at the club on Monday. Marcinho's father flew in to see him. Marcinho told the paper: "I want to stay." The midfielder also said he had not played for weeks. "It hurts," he added.""",
        headline="Marcinho wants to stay",
    )
    assert speaker(qs, "I want to stay") == "Marcinho"
    assert speaker(qs, "he had not played for weeks") == "Marcinho"
    assert speaker(qs, "It hurts") == "Marcinho"


def test_a_quoted_nickname_inside_a_name_is_no_quote():
    qs = quotes_of("""Boxer Terrence "The Hammer" Oduya said he would fight on.""")
    assert not_quoted(qs, "The Hammer")


def test_speech_inside_a_relative_clause_ends_at_the_main_verb():
    qs = quotes_of(
        """Designer Mila Roth, who said she would never return to fashion, will open a studio in Paris next year."""
    )
    q = find(qs, "she would never return")
    assert q.speaker == "Mila Roth" and "open a studio" not in q.text


def test_a_lede_cue_after_the_words_whose_speaker_is_named_next():
    qs = quotes_of(
        """The race is over for both riders, says the head of the panel that cleared them last month.

Cycling federation chief Marta Vey told reporters: "They will not ride again.\""""
    )
    q = find(qs, "The race is over for both riders")
    assert (q.speaker, q.kind) == ("Marta Vey", "reported")
    assert not_quoted(qs, "cleared them last month")


def test_branded_it_takes_a_quoted_word_from_its_subject():
    qs = quotes_of(
        """Local candidate Joe Pike, whose ward borders the site, branded it "reckless" and unsafe. The so-called "Green Mile" plan was approved anyway."""
    )
    q = find(qs, "reckless")
    assert (q.speaker, q.kind) == ("Joe Pike", "direct")
    assert not_quoted(qs, "Green Mile")


def test_groups_and_unnamed_sources_named_again():
    qs = quotes_of(
        """A Labour source told the Times the minister would stay. Party strategists told the paper she would lead the campaign. "We are ready," the source said."""
    )
    assert speaker(qs, "the minister would stay") == "a Labour source"
    assert speaker(qs, "she would lead the campaign") == "Party strategists"
    assert speaker(qs, "We are ready") == "a Labour source"


def test_a_possessive_title_in_the_lede_is_the_person_named_next():
    qs = quotes_of(
        """Sprinter Anton Rudd's lawyer has called for the charges to be dropped.

Mira Castell said the evidence was weak."""
    )
    assert speaker(qs, "the charges to be dropped") == "Mira Castell"


def test_bare_plural_sources_and_figures_as_a_source():
    qs = quotes_of(
        """House sales slowed sharply in March, estate agents have said. According to Treasury figures, US banks added only 12,000 jobs."""
    )
    assert speaker(qs, "House sales slowed sharply") == "estate agents"
    assert speaker(qs, "US banks added only 12,000 jobs") == "Treasury figures"
    assert not_quoted(qs, "only 12,000 jobs") or find(qs, "only 12,000 jobs").speaker == "Treasury figures"


def test_a_description_heading_a_sentence_is_the_last_speaker_not_someone_named_in_passing():
    qs = quotes_of(
        """Film star Tom Reyes opened the festival on Friday. "It was magic," said Reyes, who plays a pilot.

The show tells the story of a girl's trip to meet Kit Moran. The 40-year-old actor crossed a stage which he said was "too small for a band".""",
        headline="Festival opens",
    )
    assert speaker(qs, "too small for a band") == "Tom Reyes"


def test_a_ranking_heading_a_sentence_is_the_player_not_an_opponent_named_after_it():
    qs = quotes_of(
        """Top seed Ana Torres beat Mia Kohl in three sets on Tuesday. Torres was not worried.

The world number two was taken the distance by Lena Brook in the first round. "I had a slow start again," she said.""",
        headline="Torres through",
    )
    assert speaker(qs, "slow start again") == "Ana Torres"


def test_a_participle_opening_a_sentence_is_not_a_first_name():
    qs = quotes_of(
        """Justice Minister Ann Cole said new laws would help. "It will hit them where it hurts," she said.

Praising Alder and Rovers for their efforts, she said: "We have seen some positive moves from the clubs." """,
        headline="Cole backs laws",
    )
    assert speaker(qs, "positive moves") == "Ann Cole"


def test_a_peer_named_with_his_seat_keeps_his_title_when_lord_is_also_a_common_word():
    qs = quotes_of(
        """The senior law lord heard the appeal. Lord Ash of Leigh, in his ruling, said: "Detention without trial is wrong." """,
        headline="Lords rule on detention",
    )
    assert speaker(qs, "without trial is wrong") == "Lord Ash of Leigh"


def test_the_place_an_mp_sits_for_is_no_person():
    qs = quotes_of(
        """Former minister Ben Hale MP attacked the plan on Sunday.

"It is a mess," the Labour MP for Ashby said. He said the minister should resign.""",
        headline="Hale attacks plan",
    )
    assert speaker(qs, "minister should resign") == "Ben Hale"


def test_the_mp_for_a_seat_is_the_mp_the_article_named():
    qs = quotes_of(
        """Former minister Ben Hale MP attacked the plan on Sunday. Critics of the plan met Mo Reid.

"It is a mess," the Labour MP for Ashby said.""",
        headline="Hale attacks plan",
    )
    assert speaker(qs, "It is a mess") == "Ben Hale"


def test_run_together_pieces_belong_to_the_cue_of_the_second_not_the_last_speaker():
    qs = quotes_of(
        """Market traders agreed that the council had ignored them. Parking, they insisted, would not improve. "We cannot get home after six. "The buses stop at five and nobody listens to us," said trader Ann Roe.

"Nobody listens. "We have asked for years," the traders added. "Something must change."

Mayor Tom Hale said the council would meet them. "We hear them. "We will act." """
    )
    assert speaker(qs, "We cannot get home after six") == "Ann Roe"
    assert speaker(qs, "Nobody listens.") == speaker(qs, "We have asked for years") != "Ann Roe"
    assert speaker(qs, "Something must change") == speaker(qs, "Nobody listens.")
    assert speaker(qs, "We hear them") == speaker(qs, "We will act") == "Tom Hale"  # no cue after them: the last speaker


def test_a_that_before_its_verb_is_the_subject_of_the_reported_clause():
    qs = quotes_of(
        """Mayor Tom Hale said that could take years. Ann Roe said that the tram would be late.

Traders are warning about leaflets that are being sent to shoppers. Ben Lake warned that the rush that had lifted sales had faded. And that was bad news, he said."""
    )
    assert find(qs, "could take years").text == "that could take years"
    assert find(qs, "tram would be late").text == "the tram would be late"  # (the conjunction stays out)
    assert not_quoted(qs, "being sent to shoppers")  # a relative clause, not what was warned
    assert find(qs, "lifted sales").text == "the rush that had lifted sales had faded"


def test_a_plural_noun_spelt_like_a_speech_verb_is_no_cue():
    qs = quotes_of(
        """Ports in Baltic states such as Latvia and Estonia were shut, Ann Roe said. EU member states are slow to pay, the auditors said.

Exports go to Baltic states such as Latvia, since prices are low. Initial reports suggested a gas leak was to blame. The lawsuit states the builder broke the law."""
    )
    assert find(qs, "Latvia").text == "Ports in Baltic states such as Latvia and Estonia were shut"
    assert find(qs, "are slow to pay").text == "EU member states are slow to pay"
    assert speaker(qs, "are slow to pay") == "the auditors"
    assert speaker(qs, "a gas leak was to blame") == "Initial reports"
    assert speaker(qs, "the builder broke the law") == "the lawsuit"  # (the verb: a clause follows)
    assert not_quoted(qs, "since prices are low")


def test_a_reported_clause_that_stops_before_a_dash_leaves_the_dash_out():
    qs = quotes_of(
        """Ann Roe spoke in Ashby on Monday. Ms Roe denied her sales forecasts were too high - but refused to rule out job cuts.

Critics say the new bridge is far too narrow - and Ms Roe admitted it would need a second lane."""
    )
    assert find(qs, "forecasts were too high").text == "her sales forecasts were too high"
    assert find(qs, "bridge is far too narrow").text == "the new bridge is far too narrow"
    assert not_quoted(qs, "refused to rule out")


def test_a_list_entry_after_a_paragraph_is_no_block_quote_attribution():
    qs = quotes_of(
        """Former presenter Ann Tovey was given the special award for her long contribution to children's radio.

Drama (secondary) - Tide Mill: Red Sky - Ann Tovey

Kelso v Dunmore or Port Alden"""
    )
    assert not any(q.kind == "block" for q in qs)


def test_a_quote_closed_by_a_full_stop_is_not_the_words_of_the_next_sentences_cue():
    qs = quotes_of(
        """"I welcome the words," said Joe Alma, "but we need decisions. "If the imbalances are not fixed, the market will decide." Economists say that whatever Europe says, in the short term a weaker dollar helps exporters.

"We won the game." Ann Roe said after the final."""
    )
    assert speaker(qs, "the market will decide") == "Joe Alma"
    assert speaker(qs, "a weaker dollar helps exporters") == "Economists"
    assert speaker(qs, "We won the game") == "Ann Roe"


def test_point_out_reports_speech_but_not_a_plain_object():
    qs = quotes_of(
        """Futurologist Ted Hale picks up the theme, pointing out there are issues to iron out first. "We are looking at a big problem here. "So we must build security in."

Some analysts point out that the figures are seasonal. Realising his error, Mr Dane then e-mailed the editor pointing out the mistake."""
    )
    assert speaker(qs, "issues to iron out first") == "Ted Hale"
    assert speaker(qs, "a big problem here") == "Ted Hale"
    assert speaker(qs, "the figures are seasonal") == "Some analysts"
    assert not_quoted(qs, "the mistake")


def test_a_fragment_after_a_passive_speech_act_is_nobodys_the_article_names():
    qs = quotes_of(
        """Director Im Sook, who has made 80 films, was hailed for his "remarkable visual beauty". The new handset has been described as "a phone on steroids". The plan was attacked as "reckless" and "naive" by the Kelso Herald."""
    )
    assert speaker(qs, "remarkable visual beauty") == "unattributed"
    assert speaker(qs, "a phone on steroids") == "unattributed"
    assert not any(q.speaker == "Im Sook" for q in qs)
    assert not any(q.speaker == "unattributed" for q in qs if "reckless" in q.text)


def test_a_present_perfect_after_reported_speech_is_narration_not_its_backshift():
    qs = quotes_of(
        """Ann Roe said the shop would close in May. The shop has had a bad year since the bypass opened.

Ben Lake said the staff would be paid. The staff have had no pay rise since 2002.

Kay Dunn said the mill would shut. The owners had had no offer for it."""
    )
    assert not_quoted(qs, "has had a bad year")
    assert not_quoted(qs, "have had no pay rise")
    assert speaker(qs, "The owners had had no offer") == "Kay Dunn"  # (a past perfect still goes on with her)


def test_a_clause_joined_on_after_a_mid_sentence_according_to_leaves_the_words_before_it():
    qs = quotes_of(
        """Sales of bikes rose 5% last year, according to the Ashby Cycle Club, although prices fell.

Ten pupils are thought to have left the school, according to sources, but there is no public record of it. Kestrel Toys sold more games this year, according to Ann Roe, with most bought online."""
    )
    assert speaker(qs, "Sales of bikes rose 5% last year") == "Ashby Cycle Club"
    assert find(qs, "Ten pupils").text == "Ten pupils are thought to have left the school"
    assert speaker(qs, "Kestrel Toys sold more games this year") == "Ann Roe"
    assert not_quoted(qs, "although prices fell")
    assert not_quoted(qs, "no public record")


def test_an_adverb_then_a_preposition_after_a_speech_verb_is_no_reported_clause():
    qs = quotes_of(
        """The Ashby Party will back the new road. The decision follows a long meeting where some senior members argued fiercely against the plan, party sources told the BBC.

Ann Roe spoke warmly about her rival. Ben Lake warned repeatedly over the summer that the bridge was unsafe."""
    )
    assert speaker(qs, "The decision follows a long meeting") == "party sources"
    assert not_quoted(qs, "fiercely against the plan, party")
    assert not_quoted(qs, "warmly about her rival")
    assert speaker(qs, "the bridge was unsafe") == "Ben Lake"  # (the clause after "that" still is)


def test_a_participle_of_calling_or_branding_takes_the_quoted_words_it_names_something():
    qs = quotes_of(
        """Critics were less kind about the film, with the Ashby Echo labelling it a "dreary mess".

The drivers' club welcomed the news, calling it an "early present" for motorists. Ann Roe provoked anger by branding the council "a bunch of clowns". The union is calling for a strike."""
    )
    assert speaker(qs, "dreary mess") == "Ashby Echo"
    assert find(qs, "early present").kind == "direct"
    assert speaker(qs, "a bunch of clowns") == "Ann Roe"
    assert not_quoted(qs, "for a strike")


def test_asking_somebody_for_a_thing_says_no_words():
    qs = quotes_of(
        """On Tuesday, the Ashby council asked the government for extra funds for the new bridge.

Ann Roe asked the council whether the road would reopen."""
    )
    assert not_quoted(qs, "for extra funds")
    assert speaker(qs, "whether the road would reopen") == "Ann Roe"  # (a question asked still is)


def test_words_before_a_closing_cue_with_a_pronoun_and_a_present_verb_are_a_clause():
    # "It represents …": a subject pronoun and a verb in -s make a clause, whatever the verb.
    qs = quotes_of(
        """Acme has launched a faster service. It represents a "big leap forward" for broadband, said Ann Roe, Acme general manager. She plays down the price."""
    )
    assert speaker(qs, "big leap forward") == "Ann Roe"
    assert find(qs, "big leap forward").kind == "reported"
    assert not_quoted(qs, "plays down the price")
    qs = quotes_of("""In the new release, the company has added what it calls smart folders.""")
    assert not_quoted(qs, "smart folders")


def test_words_before_according_to_with_a_clause_joined_after_it():
    # "…, according to X, but/although Y": the words before the source are its; Y is the article's.
    qs = quotes_of(
        """Comic Tom Roe has been flooded with offers of work, according to his management company, but one of his first jobs is a pantomime. Some 40 staff have been named for transfer, according to sources, although there is no public confirmation of numbers."""
    )
    assert find(qs, "flooded with offers of work").text == "Comic Tom Roe has been flooded with offers of work"
    assert not_quoted(qs, "first jobs is a pantomime")
    assert speaker(qs, "named for transfer") == "sources"
    assert not_quoted(qs, "no public confirmation")


def test_a_relative_clause_cue_ends_before_a_modal_main_verb():
    # ", who says X, could …": the aside's words end at the comma before the main clause.
    qs = quotes_of(
        """The champion Ann Roe, who says she is innocent, could lose all her medals after Tom Hale said he gave her drugs."""
    )
    assert find(qs, "she is innocent").text == "she is innocent"
    assert speaker(qs, "he gave her drugs") == "Tom Hale"
    assert not_quoted(qs, "could lose all her medals")


def test_a_participle_of_naming_quotes_the_name_given():
    # "by branding X “Y”", "with X labelling it “Y”": the quoted words are the speaker's; a
    # progressive names a product, not a quote.
    qs = quotes_of(
        """Mayor Tom Hale provoked fury by branding the official No campaign "two-bit Tories" outside its office. The film cost $100m, with the Kelso Times labelling it a "dispiriting vanity project". The firm is branding its new phones "Kelso"."""
    )
    assert speaker(qs, "two-bit Tories") == "Tom Hale"
    assert speaker(qs, "dispiriting vanity project") == "Kelso Times"
    assert not_quoted(qs, "Kelso")


def test_contend_in_its_plain_form_reports():
    # "contend" is a speech verb like "contends" ("Prosecutors contend that …"), not when it means
    # to struggle or to compete.
    qs = quotes_of(
        """Prosecutors contend that the two firms met in secret and agreed a plan. The team had to contend with injuries all season. They will contend for the title."""
    )
    assert speaker(qs, "met in secret") == "Prosecutors"
    assert not_quoted(qs, "injuries")
    assert not_quoted(qs, "the title")


def test_a_speech_verb_with_only_a_noun_phrase_and_a_clause_of_its_own_reports_nothing():
    # "claimed their first win", "answered his critics as he scored", "recalled Bob Tan at centre and
    # drafted in …", "recalls the crash which ended …", "maintains his form and repeats …", "a tackle
    # denying a try", "responded quickly by scoring": a prize, a person, a memory or a deed, no words.
    qs = quotes_of(
        """Kelso claimed their first win of the season at the Greenyards. Centre Tom Hale answered his critics as he scored one try and made another. Coach Ian Moss has recalled the experienced Bob Tan at centre and drafted in Ed Low after the injury. Hale recalls the crash which ended his season before he was due to play. That could change if he maintains his current form and repeats the times he set last year. Ayr pressed, with a tackle by Hale denying a certain try for Low. Ayr responded quickly by kicking a penalty to cut the lead."""
    )
    assert qs == []
    # a clause still reports: its subject and verb, a subject with a relative clause, a gerund
    qs = quotes_of(
        """Ann Roe claimed her rival had cheated. Tom Hale claimed he cannot afford to lose. The firm recalled the deal which lifts its shares was signed in May. Ian Moss recalled seeing him play as a boy. Critics claimed the council and the government were wrong."""
    )
    assert speaker(qs, "her rival had cheated") == "Ann Roe"
    assert speaker(qs, "he cannot afford to lose") == "Tom Hale"
    assert find(qs, "the deal which lifts its shares was signed in May")
    assert speaker(qs, "seeing him play as a boy") == "Ian Moss"
    assert speaker(qs, "the council and the government were wrong") == "Critics"


def test_a_passive_with_an_adverb_of_how_often_names_no_speaker():
    # "was twice denied his chance" is a deed done to him, not his denial; "was again told her job was
    # at risk" is told to her by nobody named.
    qs = quotes_of(
        """Kelso went ahead. Tom Hale, recalled in place of Ian Moss, was twice denied his chance to level by Ed Low. Ann Roe was again told her job was at risk."""
    )
    assert not_quoted(qs, "his chance to level")
    assert speaker(qs, "her job was at risk") == "unattributed"


def test_a_coordinated_verb_inside_quoted_words_does_not_end_the_clause():
    # 'that the actor "was required to and did employ …"': the "and did" is the speaker's own
    # words, so the clause runs to the closing mark; outside the marks it still ends the clause.
    qs = quotes_of(
        """Ann Roe is suing the studio. The lawsuit noted that the actor "was required to and did employ two nurses". Mr Hale said the council had "done nothing for the town and will not set a limit" on spending. Ms Lane said the plan was "unfair" and called for a vote. Police described the man as about 5' 10" tall and said he wore a red cap."""
    )
    assert find(qs, "was required to").text == 'the actor "was required to and did employ two nurses"'
    assert find(qs, "done nothing").text.endswith("set a limit\" on spending")
    assert find(qs, "the plan was").text == 'the plan was "unfair"'
    assert not_quoted(qs, "called for a vote")
    assert find(qs, "he wore a red cap").text == "he wore a red cap"  # an inch mark opens no quote


def test_whole_word_spans_match_the_regex_they_stand_for():
    import re

    from qa.speakers import word_spans

    text = "Ann Roe met Anna and Roe's son. ROE, Roe-Smith and Roe2 differ; Ann Roe left. Roe"
    for word in ("Roe", "Ann", "Ann Roe", "Anna", "Roe-Smith"):
        assert list(word_spans(text, word)) == [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)], word
    assert list(word_spans(text, "Roe", 10, 40)) == [m.span() for m in re.finditer(r"\bRoe\b", text) if 10 <= m.start() and m.end() <= 40]
    for word in ("Roe", "Ann", "An"):  # where a word starts with it ("Roe2", "Anna")
        assert list(word_spans(text, word, whole=False)) == [m.span() for m in re.finditer(rf"\b{re.escape(word)}", text)], word


def test_a_word_after_a_lower_case_word_matches_the_regex_it_stands_for():
    import re

    from qa.reported_speech import _mid_sentence

    text = "Halo was new.  Fans of Halo, Halo2 and\nHalo said so; then,  Zune came.\tOrb"
    for word in ("Halo", "Zune", "Orb", "Fans", "Then"):
        assert _mid_sentence(text, word) == bool(re.search(rf"[a-z,]\s+{word}\b", text)), word


def test_a_programme_named_with_at_or_the_is_the_outlet_told_not_the_clause():
    # "told BBC Radio 4's World at One he …": "at" and, after the station's possessive, "the" belong
    # to the programme's name, so the reported clause starts after it; "told the BBC the minister …"
    # still starts its clause at "the minister".
    qs = quotes_of(
        """Tom Hale told BBC Radio 4's World at One he was ready to quit. Ann Roe told BBC Radio Five's the Week at Ten her main worry was the cost. Ed Low told the BBC the Prime Minister was wrong."""
    )
    assert find(qs, "ready to quit").text == "he was ready to quit"
    assert find(qs, "main worry").text == "her main worry was the cost"
    assert find(qs, "Prime Minister").text == "the Prime Minister was wrong"


def test_went_on_with_an_object_is_not_speech():
    # "it went on sale in May", "went on the offensive": a thing done; speech goes on only before a
    # colon or a quote ("She went on: …") or after the words ("…, she went on.").
    qs = quotes_of(
        """The Kelso 3 phone is a hit. It went on sale in the US in May and Ashco says demand is high. Tory leader Ann Roe went on the offensive over the plan. She went on: "It is a mess." Taxes would rise, she went on."""
    )
    assert not_quoted(qs, "sale in the US")
    assert not_quoted(qs, "the offensive")
    assert speaker(qs, "It is a mess") == "Ann Roe"
    assert speaker(qs, "Taxes would rise") == "Ann Roe"


def test_a_compound_adjective_in_ed_is_no_verb():
    # "reported a profit of $2bn - a record for a UK-listed company": "listed" ends a compound
    # adjective, so the object is a plain noun phrase, not a clause; "re-opened" is still a verb.
    qs = quotes_of(
        """Last week, rival Ashco reported an annual profit of $2bn - a record profit for a UK-listed company. Kelso said it re-opened the plant."""
    )
    assert not_quoted(qs, "an annual profit")
    assert speaker(qs, "it re-opened the plant") == "Kelso"


def test_a_clause_opening_on_a_quantity_spelled_out():
    # "It also said about three million people are …": "about" before a number in words is a quantity
    # opening the clause, as "about 8,500 vehicles" is, not a topic ("said about the plan").
    qs = quotes_of(
        """The report was drawn up by two committees. It also said about three million people eligible to vote are not registered. The council said nearly forty firms had closed. Mr Hale said about the plan that it was late."""
    )
    q = find(qs, "three million people")
    assert (q.speaker, q.text) == ("the report", "about three million people eligible to vote are not registered")
    assert find(qs, "forty firms").text == "nearly forty firms had closed"
    assert not_quoted(qs, "about the plan")


def test_according_to_a_rule_or_measure_is_no_source():
    # "put in 24 groups according to their voting intention", "moves according to the laws of
    # physics": with no comma before it, "according to" a rule or measure means "by", and nobody
    # speaks; data, a person, a body or a name after it still do.
    qs = quotes_of(
        """Voters are put in 24 groups according to their last known voting intention. The robot walks across the room according to the laws of physics. Sales fell by 5% in May according to new data. The new stadium was far too small according to the club's engineers."""
    )
    assert not_quoted(qs, "Voters are put in 24 groups")
    assert not_quoted(qs, "The robot walks")
    assert speaker(qs, "Sales fell by 5%") == "new data"
    assert find(qs, "stadium was far too small").kind == "reported"


def test_a_passive_thinking_verb_makes_its_subject_no_speaker():
    # "The Tories are thought likely to …": what others think of the subject, who says nothing; the
    # quoted words in the sentence are those of the person "branding" them. An active "believes" with
    # quoted words still speaks.
    qs = quotes_of(
        """The Tories are also thought likely to propose higher thresholds, with shadow chancellor Tom Hale branding stamp duty a "classic stealth tax". It is believed the deal could mean pay based on a "career average" salary. Ann Roe believes the deal is "a career-best effort"."""
    )
    assert not_quoted(qs, "likely to propose")
    assert not_quoted(qs, "career average")
    assert speaker(qs, "classic stealth tax") == "Tom Hale"
    assert speaker(qs, "a career-best effort") == "Ann Roe"


def test_they_or_we_and_any_word_after_is_a_verb():
    # "…, they tend to spend more time online, she said.": "they" is only ever a subject, so the
    # word after it is a verb in the present, and the words before the cue are a clause; a clause
    # joined on after a written object ("wrote the software and they control …") is no quote.
    qs = quotes_of(
        """Ann Roe runs the Kelso search site. As people become more familiar with the web, they tend to spend more time online, she said. Kelso can do this because they wrote the software and they control the rights."""
    )
    assert speaker(qs, "they tend to spend") == "Ann Roe"
    assert not_quoted(qs, "the software")


def test_and_with_a_backshifted_verb_after_a_mid_sentence_cue_goes_on():
    # "X should not be speaker, he said, and should be chosen …": the words before the cue are his, and
    # so are those after "and" with a backshifted verb, as after "but"; "…, he said, and left the
    # room" joins narration, no words of his.
    qs = quotes_of(
        """Tom Hale spoke on Monday. The head of the courts should not also be speaker of the House, he said, and should be the best person chosen from either House. The plan will fail, he said, and left the room in a hurry."""
    )
    assert speaker(qs, "should not also be speaker") == "Tom Hale"
    assert speaker(qs, "should be the best person") == "Tom Hale"
    assert not_quoted(qs, "left the room")


def test_a_speech_verb_in_an_if_clause_reports_nothing():
    # "But if the judge rules that …", "If it was pointed out that …": a condition, not what anybody
    # said; a plain "the judge ruled that …" still reports.
    qs = quotes_of(
        """But if the judge rules that the firms are merely providers of technology, the music industry would have to give up. If it was pointed out that my article copied a poem, I could say it was chance. Later the judge ruled that the firms had broken the law."""
    )
    assert not_quoted(qs, "merely providers")
    assert not_quoted(qs, "copied a poem")
    assert speaker(qs, "had broken the law") == "the judge"


def test_a_clause_may_open_with_as_many_as():
    # "said as many as 300 firms may be checked": "as many as" opens the clause's subject, a quantity
    # (not "as" opening a clause of time or comparison, which is no reported clause).
    qs = quotes_of("""Earlier this month, new Prime Minister Jan Kowal said as many as 300 firms may have their deals checked.""")
    assert speaker(qs, "as many as 300 firms may have") == "Jan Kowal"
    qs = quotes_of("""Tom Hale said as much when he spoke to the board on Monday.""")
    assert not_quoted(qs, "when he spoke")


def test_a_clause_may_open_with_a_sum_of_money():
    # "Mr Hale said £2bn savings had already been made": a sum opens the clause's subject, as a
    # number does ("said 12,500 jobs had gone").
    qs = quotes_of("""Unions oppose the cuts but Tom Hale said £2bn savings had already been made.""")
    assert find(qs, "savings had already").text == "£2bn savings had already been made"
    assert speaker(qs, "savings had already") == "Tom Hale"
    qs = quotes_of("""Kelco said $300m would go on new plant in the north.""")
    assert find(qs, "new plant").text.startswith("$300m would go")


def test_a_clause_may_open_with_a_phrase_set_off_by_its_comma():
    # "The Kelso Greens say in the northern towns, the race is between them and Labour": right after the
    # speech verb a phrase and its comma open the clause, whose subject and verb follow; after an
    # inverted speaker the phrase is his ("…, said Tom Hale of Kelso Films, a view …").
    qs = quotes_of("""The Kelso Greens say in the northern towns, the race is between them and Labour.""")
    assert find(qs, "the race is between").text == "in the northern towns, the race is between them and Labour"
    qs = quotes_of(""""The film is a triumph," said Tom Hale of Kelso Films, a view shared by most critics.""")
    assert not_quoted(qs, "a view shared")


def test_told_someone_not_to_spans_from_the_one_told():
    # "warned Mr Dunn not to spend any cash": an object and a negated infinitive, so the span runs from
    # the one told (as "told England to stop whingeing" does), not from "not to".
    qs = quotes_of("""Ed Lane warned Mr Dunn not to spend any cash on the election.""")
    assert find(qs, "not to spend any cash").text.startswith("Mr Dunn not to spend")


def test_no_backshift_after_a_cue_in_the_present():
    # "Tom Hale says sales will fall. Turnover was up 4% in May.": after a present-tense cue nothing is
    # shifted back, so a plain past is the article's own account; after "said" it goes on with the
    # speaker, and a modal after "says" may too.
    qs = quotes_of("""Analyst Tom Hale says sales will fall this year. Turnover was up 4% in May, helped by exports.""")
    assert not_quoted(qs, "Turnover was up")
    qs = quotes_of("""Analyst Tom Hale said sales would fall this year. Turnover was set to drop by 4% in May, hit by exports.""")
    assert speaker(qs, "Turnover was set to drop") == "Tom Hale"
    qs = quotes_of("""Analyst Tom Hale says sales will fall this year. This could mean job cuts at the plant.""")
    assert speaker(qs, "This could mean job cuts") == "Tom Hale"


def test_no_backshift_after_words_recalled_from_a_year_gone_by():
    # "In 2003, Hale said he had never won. There were few other winners this year.": words a sentence
    # dated to a past year recalls, then a sentence back at this year, are the article's own account
    # again; the same sentence after a plain cue goes on with the speaker.
    qs = quotes_of("""Tom Hale won his first award on Sunday. In 2003, Hale said he was "astounded" he had never won a prize. There were few other British winners this year.""")
    assert not_quoted(qs, "few other British winners")
    qs = quotes_of("""Tom Hale won his first award on Sunday. Hale said he was "astounded" he had never won a prize. There were few other British winners this year.""")
    assert speaker(qs, "few other British winners") == "Tom Hale"


def test_a_named_persons_view_was_that_gives_their_words():
    # "Mr Hale's view was that …": the owner's stand given as a "that" clause after "was" is his
    # reported speech, as "Mr Hale's claim that …" is; "The view from the hill was stunning" is none.
    qs = quotes_of("""Kelso council has approved the plan. Tom Hale said the scheme would cost jobs. Mr Hale's view was that the council had acted far too fast. The view from the hill was stunning.""")
    assert find(qs, "acted far too fast").text == "the council had acted far too fast"
    assert speaker(qs, "acted far too fast") == "Tom Hale"
    assert not_quoted(qs, "from the hill")


def test_nouns_of_promising_and_denying_with_their_source_and_that():
    # "Tony Reed's promise that MPs would …", "Kelso's denials that it was involved": a speech noun
    # with its owner and a "that" clause is the owner's reported speech; without "that" ("half his
    # promises he will keep") no clause hangs on the noun.
    qs = quotes_of("""The bill passed after the party accepted Prime Minister Tony Reed's promise that MPs would be able to review it within a year.""")
    assert speaker(qs, "MPs would be able to review it") == "Tony Reed"
    qs = quotes_of("""If Tom Hale lives up to half his promises he will get my vote.""")
    assert not_quoted(qs, "he will get my vote")


def test_while_opens_a_new_speakers_clause_without_a_comma():
    # "Tom Hale has insisted he did no deals while Ann Roe says …": "while" and a new speaker's cue
    # end the first clause, comma or not; the second is Ann Roe's.
    qs = quotes_of(
        """Tom Hale has insisted he has done no deals while Ann Roe says she will not let "gossip" distract her."""
    )
    assert find(qs, "done no deals").text == "he has done no deals"
    assert speaker(qs, "she will not let") == "Ann Roe"
    # "while" with no speech verb after its subject stays inside the words
    qs = quotes_of("""Tom Hale said prices rose while Kelso Bank cut its rates.""")
    assert find(qs, "prices rose").text == "prices rose while Kelso Bank cut its rates"


def test_a_things_own_name_after_a_quote_is_the_articles_narration():
    # '"It sold well," he said. Zonk was unusually fast, …': a name the article writes capitalised mid-
    # sentence (and never in lower case) is the subject of the article's own account, not of more of the
    # speaker's shifted words; a common noun there still goes on with the speaker.
    qs = quotes_of(
        """Tom Hale, who designed the Zonk console, was pleased. "It sold well," he said. Zonk was unusually fast, with a sharp screen."""
    )
    assert not_quoted(qs, "Zonk was unusually fast")
    qs = quotes_of("""Tom Hale said sales would fall this year. Profits were set to drop by 4% in May.""")
    assert speaker(qs, "Profits were set to drop") == "Tom Hale"


def test_meanwhile_between_the_speaker_and_the_verb():
    # "The mayor meanwhile insisted …": "meanwhile" between the subject and the speech verb leaves
    # the subject the speaker, as "also" or "later" does.
    qs = quotes_of(
        """Mayor Ann Roe opened the harbour on Monday. Tom Hale meanwhile told reporters the port would close. The mayor meanwhile insisted the plan was sound."""
    )
    assert speaker(qs, "the port would close") == "Tom Hale"
    assert speaker(qs, "the plan was sound") == "Ann Roe"


def test_a_closing_agentless_cue_with_the_verbs_an_opening_one_reads():
    # "…, it has been confirmed." / "…, it was announced on Monday.": words nobody is named for, as with
    # "it has been claimed" after them or "It has been confirmed that …" before them.
    qs = quotes_of(
        """The Kelso ferry will also return to service in May, it has been confirmed. The harbour will close for a week, it was announced on Monday. Tom Hale said the work was overdue."""
    )
    assert speaker(qs, "ferry will also return") == "unattributed"
    assert find(qs, "ferry will also return").kind == "reported"
    assert speaker(qs, "harbour will close") == "unattributed"
    assert speaker(qs, "the work was overdue") == "Tom Hale"


def test_according_to_then_an_adverbial_before_the_clause():
    # "According to the paper, in its next meeting Acme will …": a phrase saying when or where opens
    # the source's clause; the words are the paper's, phrase and all. ("Ms Dee on Thursday" spells no
    # "DT" for the paper's initials: a name, then a day.)
    qs = quotes_of(
        """Tom Hale will meet Ann Dee on Thursday. According to the DT, in its next meeting the port will offer a new deal. According to the rules, in the event of a tie."""
    )
    q = find(qs, "the port will offer a new deal")
    assert q.text == "in its next meeting the port will offer a new deal"
    assert q.speaker == "DT"
    assert not_quoted(qs, "in the event of a tie")  # (no clause after the phrase)


def test_told_an_outlet_named_with_two_object_nouns():
    # "told Reuters news agency the documents were fake": the outlet's "news agency" is all the object,
    # and an owner after it opens the clause ("told Reuters news agency Kelso's offer was …").
    qs = quotes_of(
        """Tom Hale told Reuters news agency the documents were fake. Ann Roe told the Kelso Press news agency Dunmore's offer was too low."""
    )
    assert find(qs, "the documents were fake").text == "the documents were fake"
    assert find(qs, "offer was too low").text == "Dunmore's offer was too low"


def test_quoted_words_of_a_passive_with_a_by_agent():
    # "… were described as “reckless” and “wrong” by the Kelso Rights Group": the agent's words, each
    # fragment before the "by"; a name given that way is no speech ("dubbed “Kelso Steel” by its founder").
    qs = quotes_of(
        """Her remarks have been described as "reckless" and "wrong" by the Kelso Rights Group. The plan was branded "a shambles" by union leader Tom Hale on Monday. The firm was dubbed "Kelso Steel" by its founder."""
    )
    assert speaker(qs, "reckless") == "Kelso Rights Group"
    assert speaker(qs, "wrong") == "Kelso Rights Group"
    assert find(qs, "wrong").kind == "direct"
    assert speaker(qs, "a shambles") == "Tom Hale"
    assert not_quoted(qs, "Kelso Steel")


def test_a_whole_quote_before_a_clause_with_a_closing_cue():
    # '“It means some powers will fall on one group.” It was a reality, she said.': the quoted sentence,
    # stopped inside its marks, is more of the quote, not the opening of the reported words after it.
    qs = quotes_of(
        """"The threat is real," the Kelso MP Ann Roe told the committee.\n\n"It means some powers will fall on one group." It was a reality that should be recognised, she said."""
    )
    q = find(qs, "It was a reality")
    assert q.text == "It was a reality that should be recognised"
    assert q.speaker == "Ann Roe"
    q = find(qs, "powers will fall")
    assert (q.kind, q.speaker) == ("direct", "Ann Roe")


def test_a_comma_after_that_opens_an_aside_of_the_clause():
    # "admitted that, had he known, he would have quit": the clause after the conjunction starts with
    # its aside, so the span leaves "that," out and no words before the cue join it.
    qs = quotes_of(
        """Tom Hale admitted that, had he known about the debts, he would have quit. Critics remain wary, claiming that, as a result, the council must raise taxes."""
    )
    assert find(qs, "had he known").text == "had he known about the debts, he would have quit"
    assert find(qs, "as a result").text == "as a result, the council must raise taxes"
    assert not_quoted(qs, "Critics remain wary")


def test_a_time_in_the_possessive_opens_the_clause():
    # "said this year's fair would be bigger": "this year" owns the clause's subject, so it is no
    # adverbial of when the words were said ("said last week profits were up" still skips it).
    qs = quotes_of(
        """Organisers say this year's fair in Kelso will be the biggest yet. Tom Hale said last week profits were up."""
    )
    assert find(qs, "fair in Kelso").text == "this year's fair in Kelso will be the biggest yet"
    assert find(qs, "profits were up").text == "profits were up"


def test_an_announcement_closing_its_sentence_names_nobody():
    # "…, it has been confirmed." / "…, it was announced on Monday." close words made known by nobody
    # the article names, as "…, it has been claimed." does; "it was thought" stays cognition.
    qs = quotes_of(
        """Fans at the Kelso fair will be given photo passes, it has been confirmed. The Ashby plant will shut in May, it was announced on Monday. The vote would be close, it was thought."""
    )
    assert speaker(qs, "photo passes") == "unattributed"
    assert find(qs, "Ashby plant").text == "The Ashby plant will shut in May"
    assert not_quoted(qs, "vote would be close")


def test_a_present_tense_verb_closing_a_quote_names_its_speaker():
    # A feature tells its quotes in the present: '"…," he laughs.', '"…," smiles one trader.' name who
    # spoke as '"…," he laughed.' does; a verb not closing the sentence after the quote is no cue.
    qs = quotes_of(
        """Shares in Kelso rose sharply on Monday. Tom Hale, who runs the fund, is pleased.

"We were lucky this time," he laughs. "It will not last."

"Call it a peace dividend," smiles one trader at the exchange."""
    )
    assert speaker(qs, "We were lucky") == "Tom Hale"
    assert speaker(qs, "It will not last") == "Tom Hale"
    assert speaker(qs, "peace dividend") == "one trader at the exchange"


def test_a_connective_between_subject_and_verb_keeps_the_cue():
    # "Mr Hale meanwhile told the BBC: …": "meanwhile" (or "however") without its commas sits between
    # the subject and its speech verb, as "Mr Hale, meanwhile, told …" does.
    qs = quotes_of(
        """Tom Hale said the plan was bad.\n\nMr Hale meanwhile told the BBC: "We can still win." Ann Roe however said the vote was lost."""
    )
    assert speaker(qs, "We can still win") == "Tom Hale"
    assert speaker(qs, "the vote was lost") == "Ann Roe"


def test_went_on_to_say_and_continued_to_warn_report_speech():
    # "went on to say …", "continued to warn that …": the plain form after "to" is what the subject
    # says, unlike "refused to say …", which reports nothing; "Chief Supt" is a rank before a name.
    qs = quotes_of(
        """Ann Deats said the gang had been caught. Chief Supt Deats went on to say the case was closed. Some traders continued to warn that the bubble may burst. Tom Hale refused to say whether he would stay."""
    )
    assert speaker(qs, "the case was closed") == "Ann Deats"
    assert speaker(qs, "the bubble may burst") == "Some traders"
    assert not_quoted(qs, "whether he would stay")


def test_admitted_to_a_gerund_reports_the_gerund_clause():
    # "admitted to falsifying the accounts" reports the gerund clause, as "admitted falsifying …" does;
    # "admitted to a meeting" has no clause.
    qs = quotes_of(
        """Tom Hale admitted to falsifying the accounts of the firm. Ann Roe admitted to a meeting with the boss."""
    )
    assert find(qs, "the accounts").text == "falsifying the accounts of the firm"
    assert not_quoted(qs, "a meeting with the boss")


def test_claims_in_a_fronted_phrase_are_nobodys():
    # "Addressing claims that X, Mr Hale told …", "Following claims that X, Ann Roe was asked …": the
    # noun opens a fronted phrase, so X is speech nobody named (not said by "Addressing") and ends at
    # the comma before the sentence's own subject; "Manning claims that …" is still a verb.
    qs = quotes_of(
        """Addressing claims that the new law was unenforceable, Mr Hale told the BBC it was clear. Following claims that troops had worked inside Kelso, Ann Roe was asked about the raid. Manning claims that the deal was off."""
    )
    assert find(qs, "unenforceable").text == "the new law was unenforceable"
    assert speaker(qs, "unenforceable") == "claims"
    assert find(qs, "troops had worked").text == "troops had worked inside Kelso"
    assert speaker(qs, "the deal was off") == "Manning"


def test_recommends_that_reports_the_clause_after_that():
    # "recommends that poor countries cut tariffs to boost trade": the clause after "that" (whose "to"
    # is its own), not an object and infinitive starting at "that"; "recommended users to update …"
    # still is one.
    qs = quotes_of(
        """The Kelso report recommends that poor countries cut their own tariffs to boost trade. Ashco recommended users to update their software."""
    )
    assert find(qs, "tariffs").text == "poor countries cut their own tariffs to boost trade"
    assert find(qs, "update their").text == "users to update their software"


def test_according_to_then_that_reports_the_clause_after_that():
    # "there was evidence, according to Ashco, that sales were slowing": the clause after "that";
    # "According to Ashco, that was the end" keeps "that" as its subject.
    qs = quotes_of(
        """There was evidence, according to Ashco, that some markets were seeing a slow-down. According to Kelso, that was the end of the deal."""
    )
    assert find(qs, "slow-down").text == "some markets were seeing a slow-down"
    assert find(qs, "end of the deal").text == "that was the end of the deal"


def test_a_participle_right_after_the_cue_without_its_comma():
    # "X, he said adding that Y": the participle still says the next words, so X is the cue's and Y
    # the participle's, as in "X, he said, adding that Y"; "said it was adding jobs" is one clause.
    qs = quotes_of(
        """Tom Hale said the day was a success. People had turned out to show the law was bad, he said adding that foxes had been killed legally. Ashco said it was adding jobs in Kelso."""
    )
    assert find(qs, "People had turned out").text == "People had turned out to show the law was bad"
    assert find(qs, "foxes had been").text == "foxes had been killed legally"
    assert find(qs, "adding jobs").text == "it was adding jobs in Kelso"


def test_a_study_speaks_through_what_it_found():
    # "…, a new study has found", "An inquiry commissioned by Kelso found that …", "…, the report
    # concludes.": research speaks through its findings; anyone else who finds or concludes something
    # ("Police found a body", "Bell concluded a deal") does not speak, nor does a finding named as a
    # plain object ("The study found a link between …"). The article then calling the study by its
    # own noun ("The survey did not ask …") is its own narration, not more of the study's findings.
    qs = quotes_of(
        """Drivers are ignoring speed limits near schools, a new study has found.\n\nAn inquiry commissioned by Kelso Council found that Ms Roe had to share the blame. The survey did not ask children but it is likely that many walk to school. Police found a car in the river. Tom Bell concluded a deal with the council. The study found a link between noise and stress. The gap is closing, the report concludes."""
    )
    assert find(qs, "Drivers are ignoring").text == "Drivers are ignoring speed limits near schools"
    assert find(qs, "Ms Roe had to share").text == "Ms Roe had to share the blame"
    assert find(qs, "The gap is closing").text == "The gap is closing"
    assert not_quoted(qs, "did not ask children")
    assert not_quoted(qs, "a car in the river")
    assert not_quoted(qs, "a deal with the council")
    assert not_quoted(qs, "a link between noise")


def test_it_standing_for_a_study_speaks_through_what_it_found():
    # "The research was carried out by Kelso University. It also found that …": "it" standing for the
    # research speaks through its findings as the noun does; "Where it finds gaps, the commission will
    # set standards" (a clause of place, no "that") reports nothing; and a sentence closing on "…, the
    # government believes" is that body's view, no more of the study's findings.
    qs = quotes_of(
        """Women in film earn less than men, according to a study.\n\nThe research was carried out by Kelso University. It also found that women in the industry were less likely to be married. Sound spending could cut poverty to 36%, the government believes.\n\nThe Kelso Commission will review the rules. Where it finds gaps, it will set new standards."""
    )
    assert find(qs, "less likely to be married").text == "women in the industry were less likely to be married"
    assert speaker(qs, "less likely to be married") == "the research"
    assert not_quoted(qs, "Sound spending could cut")
    assert not_quoted(qs, "it will set new standards")


def test_a_study_heading_a_long_subject_speaks_through_what_it_found():
    # "The poll of 20,000 people in 20 countries found that …", "The Kelso Post survey found that …":
    # the research heads the whole subject, however long the phrase after its noun or the name before
    # it, and speaks under that whole phrase (not "20 countries", the phrase's last words); a team or
    # anyone else named after the noun is no research ("The survey team found a body").
    qs = quotes_of(
        """Kelso voters want more technology.\n\nThe poll of 20,000 people in 20 countries found that 59% wanted faster phones. The Kelso Post survey found that 63% backed the plan. The survey team found a body in the lake."""
    )
    assert speaker(qs, "wanted faster phones") == "the poll of 20,000 people in 20 countries"
    assert speaker(qs, "63% backed the plan") == "the Kelso Post survey"
    assert not_quoted(qs, "a body in the lake")


def test_an_aside_after_an_inverted_speaker_is_not_the_words():
    # "Already, said Ann Roe, chief economist at Kelso Bank, the plan is failing.": the aside that
    # describes the speaker named after the verb is part of the cue; the words go on after it. An
    # aside before a linker ("…, who was speaking in London") still ends the sentence's cue as before.
    qs = quotes_of(
        """Already, said Ann Roe, chief economist at Kelso Bank, the plan is failing. What matters, says Tom Hale, head of the Kelso Trust, is that nobody reads the rules. "We are fine," said Jo Bell, a lecturer at Kelso, who was speaking in London."""
    )
    assert find(qs, "the plan is failing").text == "the plan is failing"
    assert find(qs, "nobody reads").text == "is that nobody reads the rules"
    assert not_quoted(qs, "chief economist")
    assert not_quoted(qs, "head of the Kelso Trust")
    assert speaker(qs, "We are fine") == "Jo Bell"


def test_a_subject_split_from_its_words_by_the_speaker():
    # "The tone of the campaign, said Mr Milburn, would be more local.": the phrase before the verb
    # names no speaker; it is the subject of the words, and the speaker is named after the verb (and
    # any aside describing him is part of the cue).
    qs = quotes_of(
        """Tom Hale is a lecturer at Kelso. The tone of the campaign, said Mr Hale, would be more local. The answer, says Jo Bell, head of research at Ashco, is better training."""
    )
    assert speaker(qs, "would be more local") == "Tom Hale"
    assert find(qs, "better training").text == "is better training"
    assert speaker(qs, "better training") == "Jo Bell"
    assert not_quoted(qs, "head of research")


def test_a_closing_cue_after_a_clause_that_follows_an_aside():
    # "Kelso Steel, a big steel maker, could cut 400 jobs, its boss has said": the clause after the
    # aside ends at the last comma, so "its boss" is the cue's subject, not an aside to "Kelso Steel";
    # "Curt Hale, director of the Kelso Committee, told" keeps the name before its aside.
    qs = quotes_of(
        """Kelso Steel, a big steel maker, could cut up to 400 jobs, its boss has said.\n\nOil prices rose on Monday, Ann Roe, a trader at Kelso Bank, said.\n\nCurt Hale, director of the Kelso Committee, told the BBC the plan was wrong."""
    )
    assert find(qs, "could cut up to 400 jobs").text == "Kelso Steel, a big steel maker, could cut up to 400 jobs"
    assert speaker(qs, "Oil prices rose") == "Ann Roe"
    assert speaker(qs, "the plan was wrong") == "Curt Hale"


def test_added_with_an_amount_as_its_object_says_nothing():
    # "…, he added 1.28p per litre": "added" with an amount as its object is no closing cue, so the
    # words before it are the article's; "She added 20% of staff would go" still reports a clause.
    qs = quotes_of(
        """The minister did not raise duty that year, but despite threats of protests in 2003, he added 1.5p per litre.\n\nThe plan would cost jobs, Ann Roe said. She added 20% of staff would go."""
    )
    assert not_quoted(qs, "did not raise duty")
    assert speaker(qs, "20% of staff would go") == "Ann Roe"


def test_wrote_with_a_written_thing_as_its_object():
    # "Ann Roe, who wrote the authorised biography of the king": a thing written, whose word in -ed is
    # an adjective, is no reported clause; "Ann Roe wrote the plan was doomed" still is one.
    qs = quotes_of(
        """"It was a sad day," said Ann Roe, who wrote the authorised biography of the king. In 2001 he wrote the score for a musical based on a novel by Tom Hale.\n\nIn a blog post Mia Lund wrote the plan was doomed."""
    )
    assert not_quoted(qs, "the authorised biography")
    assert not_quoted(qs, "the score for a musical")
    assert speaker(qs, "the plan was doomed") == "Mia Lund"


def test_concluded_is_a_speech_verb():
    # "He concludes: “…”", "the report concludes that …", "…, the study concluded.": a closing remark or
    # a finding; "concluded a deal" is a thing done and "the talks were concluded" a passive.
    qs = quotes_of(
        """Ann Roe spoke in Kelso on Monday. She concludes: "Keep it simple."\n\nThe Kelso report concludes that firms need to act. Sales will rise, the study concluded.\n\nThe firm concluded a deal with Sony in May. The talks were concluded by midnight."""
    )
    assert speaker(qs, "Keep it simple") == "Ann Roe"
    assert find(qs, "firms need to act").kind == "reported"
    assert find(qs, "Sales will rise").kind == "reported"
    assert not_quoted(qs, "a deal with Sony")
    assert not_quoted(qs, "by midnight")


def test_a_verb_in_s_after_a_singular_head_ends_the_subject():
    # "The Tory leader supports a cut … and has said …": after a singular person or body noun, a word
    # in -s that is no noun is the verb, so the subject is "The Tory leader" (not "The Tory leader
    # supports a cut"); "The union members say" keeps its plural noun.
    qs = quotes_of(
        """Tory leader Tom Hale visited Kelso on Monday. The Tory leader supports a cut in the top rate and has said current rules are "tantamount to theft".\n\nThe firm wants damages of $2bn, claiming the plant was sold too cheaply. The union members say the sale was unfair."""
    )
    assert speaker(qs, "tantamount to theft") == "Tom Hale"
    assert find(qs, "the plant was sold too cheaply").kind == "reported"
    assert speaker(qs, "the sale was unfair") == "the union members"


def test_a_plural_verb_after_and_goes_on_with_the_clause_of_one_speaker():
    # "Ann Roe told BBC Radio the plans were "weak" and were "papering over the cracks"": one person
    # speaking cannot be the subject of "were", so the reported clause goes on; with a plural speaker
    # ("The ministers said … and were later …") or a singular verb ("… and was later sacked") the
    # coordinated verb phrase is the speaker's and the clause stops before it.
    qs = quotes_of(
        """Ann Roe told BBC Radio that the plans were "weak" and were "papering over the cracks". The ministers said the plans were bold and were later dropped. Tom Hale said the plan was weak and was later sacked."""
    )
    assert find(qs, "the plans were").text == 'the plans were "weak" and were "papering over the cracks"'
    assert find(qs, "the plans were bold").text == "the plans were bold"
    assert find(qs, "the plan was weak").text == "the plan was weak"


def test_a_plural_verb_after_and_goes_on_with_the_clause_of_one_unnamed_source():
    # "A party spokesman said it was courting women because they tended to vote more and are believed to
    # be more open-minded": one spokesman, though the article never names him, cannot be the subject of
    # "are" either, so the reported clause goes on.
    qs = quotes_of(
        """The Kelso Greens are targeting women voters. A party spokesman said it was courting women because they tended to vote more than men and are believed to be more open-minded."""
    )
    assert find(qs, "courting women").text.endswith("are believed to be more open-minded")


def test_a_describing_compound_before_a_name_is_no_part_of_it():
    # "Man-of-the-match Ross", "Film-maker Jo Bell": a capitalised compound whose later parts are lower
    # case describes the person named after it (a double-barrelled name capitalises each part).
    qs = quotes_of(
        """Kelso beat Dunmore 1-0 with a goal from Tom Hale. Jim Ross set it up. Man-of-the-match Ross explained what went wrong. "I lost it in the lights," said the Kelso star."""
    )
    assert speaker(qs, "what went wrong") == "Jim Ross"
    qs = quotes_of("""Film-maker Jo Bell has backed independent cinema. "It is a huge market," the 47-year-old director said.""")
    assert speaker(qs, "It is a huge market") == "Jo Bell"
    qs = quotes_of("""Dutch minister Clara Ross-van Dorp spoke on Monday. Ms Ross-van Dorp said the plan would work.""")
    assert speaker(qs, "the plan would work") == "Clara Ross-van Dorp"


def test_a_double_barrelled_surname_with_an_o_apostrophe_part_is_a_name():
    # "Cardinal Jim Hale-O'Brien": a double-barrelled surname whose second part is an O' name is a
    # person's name, so "the cardinal" later is him (not an event the article names in capitals).
    qs = quotes_of(
        """Money spent on war should go to the poor, Cardinal Jim Hale-O'Brien has said.\n\nThe head of the church will repeat the point in his Easter Sunday Mass. The cardinal said the new year should be a year of campaigning."""
    )
    assert speaker(qs, "Money spent on war") == "Jim Hale-O'Brien"
    assert speaker(qs, "a year of campaigning") == "Jim Hale-O'Brien"


def test_complaining_joking_and_predicting_are_participle_cues():
    # "…, complaining: “…”", "…, joking: “…”", "with analysts predicting that …": participles of
    # speech verbs, like "adding" and "claiming"; "predicting" with a plain noun phrase ("is predicting
    # 4% growth") reports no words, as "predicted" does not, and a "-ing" noun after "been" is no cue.
    qs = quotes_of(
        """Tom Hale had his say on the match, complaining: "It was a poor game." Ann Roe missed the show, joking: "I am stuck in traffic."\n\nThe outlook is poor, with analysts predicting that sales will fall. The firm is predicting 4% growth this year. Fans have been complaining about the price."""
    )
    assert speaker(qs, "It was a poor game.") == "Tom Hale"
    assert speaker(qs, "I am stuck in traffic.") == "Ann Roe"
    assert speaker(qs, "sales will fall") == "analysts"
    assert not_quoted(qs, "4% growth")
    assert not_quoted(qs, "about the price")


def test_a_person_and_a_colon_give_the_words_after_it():
    # "Hale was at a loss to explain it: “…”", "Drummer Tom Hale echoed those sentiments: “…”": a
    # sentence about a person, with no speech verb, gives their words after its colon; not words the
    # person was asked, a poster's, or a slogan's.
    qs = quotes_of(
        """Kelso won the cup. Tom Hale was at a loss to explain it: "I suppose we were lucky." Drummer Ann Roe echoed those sentiments: "We are very competitive."\n\nKevin Lowe was asked: "Why do you want this?" The party showed a poster reading: "Vote now." The slogan will be: "Kelso is working.\""""
    )
    assert speaker(qs, "I suppose we were lucky.") == "Tom Hale"
    assert speaker(qs, "We are very competitive.") == "Ann Roe"
    assert not_quoted(qs, "Why do you want this?")
    assert not_quoted(qs, "Vote now.")
    assert not_quoted(qs, "Kelso is working.")


def test_reported_as_saying_is_a_cue_like_quoted_as_saying():
    # '"…," Tom Hale is reported as saying.': the passive of reporting names the speaker, as "was quoted
    # as saying" does, not whoever spoke last.
    qs = quotes_of(
        """"The plan is sound," said Ann Roe of the Kelso council. "They will close every school in the valley," Tom Hale is reported as saying. Mr Hale was reported as saying the vote would be lost."""
    )
    assert speaker(qs, "The plan is sound") == "Ann Roe"
    assert speaker(qs, "They will close every school") == "Tom Hale"
    assert speaker(qs, "the vote would be lost") == "Tom Hale"


def test_was_speaking_after_reported_words_is_narration():
    # "He was speaking before the council meets in May.": the article's account of when the words were
    # said, not more of them (backshifted as it is).
    qs = quotes_of(
        """Tom Hale said sales would fall in the spring. He was speaking before the council meets in May.\n\nAnn Roe said prices would rise again. They were speaking before the annual gadget show in Leeds."""
    )
    assert speaker(qs, "sales would fall") == "Tom Hale"
    assert not_quoted(qs, "before the council meets")
    assert not_quoted(qs, "the annual gadget show")


def test_a_participle_opening_a_reduced_relative_is_no_cue():
    # "The fees claimed in 2003 exceeded …", "new rules announced which meant …", "those asked only
    # shop online": the participle describes the noun before it, whose sentence has its own verb; a
    # speech verb after the noun phrase ("those asked in a poll said …") still speaks, and a plural
    # speaker with a phrase and "that" is untouched ("Critics warned in March that …").
    qs = quotes_of(
        """The fees claimed in 2003 exceeded earlier years. There were also new rules announced which meant that staff could work at home.\n\nA poll by Ravel asked 500 firms. About 29% of those asked only trade online. Almost 70% of those asked in a poll said banks were too slow. Critics warned in March that costs would rise."""
    )
    assert not_quoted(qs, "exceeded earlier years")
    assert not_quoted(qs, "staff could work at home")
    assert not_quoted(qs, "only trade online")
    assert speaker(qs, "banks were too slow") == "Almost 70% of those asked in a poll"
    assert find(qs, "banks were too slow").text == "banks were too slow"
    assert speaker(qs, "costs would rise") == "Critics"


def test_a_share_with_its_figure_as_an_aside_speaks():
    # "A small number, 17%, said …", "More than two-thirds of those questioned, 68%, said …": a poll's
    # respondents with their figure set off by commas after the whole phrase (or after a number of
    # them) speak as "87% of those asked said" does; the speaker drops the comma after the figure.
    qs = quotes_of(
        """A poll by Ravel asked 500 firms about banks. A small number, 17%, said they would never trade online. More than two-thirds of those questioned, 68%, said they thought banks were fair. Almost a quarter, 22%, said they would buy a phone."""
    )
    assert speaker(qs, "never trade online") == "a small number, 17%"
    assert speaker(qs, "banks were fair") == "More than two-thirds of those questioned, 68%"
    assert speaker(qs, "buy a phone") == "Almost a quarter, 22%"


def test_a_modal_after_and_goes_on_with_the_reported_clause():
    # "warned prices were too high and could fall", "said it had no plans but would listen": a modal
    # coordinated inside the reported clause goes on with its subject, not with the speech verb; an
    # object with no verb of its own ("admitted fraud and will testify") is still no clause, and a
    # sentence after it with a cue of its own ("Critics fear it could …") or a thing's history ("The
    # new law had a troubled passage …") is no more of the speaker's words.
    qs = quotes_of(
        """Economists at Kelso Bank warned house prices were overvalued and could fall by 10% next year. The firm said it had no plans to sell but would listen to offers.\n\nTom Hale admitted fraud and will testify later in the trial. Opponents said the bill could stifle trade and could hurt growth. The new law had a troubled passage through parliament.\n\nMinisters insist the plans would not change the law and would improve safeguards. Critics fear it could allow abuse."""
    )
    assert find(qs, "overvalued").text == "house prices were overvalued and could fall by 10% next year"
    assert find(qs, "no plans to sell").text == "it had no plans to sell but would listen to offers"
    assert find(qs, "stifle trade").text == "the bill could stifle trade and could hurt growth"
    assert find(qs, "would not change").text.endswith("and would improve safeguards")
    assert not_quoted(qs, "will testify")
    assert not_quoted(qs, "troubled passage")
    assert not_quoted(qs, "allow abuse")


def test_a_plain_speech_verb_after_emphatic_do_is_a_cue():
    # "Tom Hale did stress that …", "But he did add that …": "did" before the plain form makes it the
    # subject's speech verb; the plain form alone is no cue ("Figures suggest that …", "Rates add to
    # the pressure", "Tom Hale did confirm the deal": a noun phrase, nothing said).
    qs = quotes_of(
        """Tom Hale did stress that the club was not selling its captain. Ann Roe spoke on Monday. But she did add that the numbers should fall.\n\nFigures suggest that sales will rise. Rates add to the pressure on firms. Tom Hale did confirm the deal."""
    )
    assert speaker(qs, "club was not selling") == "Tom Hale"
    assert find(qs, "club was not selling").text == "the club was not selling its captain"
    assert speaker(qs, "numbers should fall") == "Ann Roe"
    assert not_quoted(qs, "sales will rise")
    assert not_quoted(qs, "the pressure on firms")
    assert not_quoted(qs, "the deal")


def test_no_backshift_after_a_present_perfect_a_plural_present_or_according_to():
    # "Kelso groups have repeatedly claimed that they are targeted. Most were stopped in May.", "critics
    # say …", "According to the figures, …": no past cue, so a plain past after it is the article's own
    # account; a modal may still go on, and so may a past the speaker's own words are in.
    qs = quotes_of("""Kelso groups have repeatedly claimed that their members are being targeted. In 2004, most stops were in the city centre.""")
    assert not_quoted(qs, "most stops were")
    qs = quotes_of("""Critics say the new rules are unfair on small firms. The old rules were drawn up in 1990 for banks.""")
    assert not_quoted(qs, "The old rules were")
    qs = quotes_of("""According to Kelso Bank data, firms added 5,000 jobs in May. The gain was below the forecast of 9,000.""")
    assert not_quoted(qs, "The gain was below")
    qs = quotes_of("""Critics say the new rules are unfair on small firms. This could mean job losses in the town.""")
    assert speaker(qs, "This could mean job losses").lower() == "critics"
    qs = quotes_of("""But, says historian Ann Roe, it was not the car itself that changed lives. It was everything that came with it.""")
    assert speaker(qs, "It was everything that came with it") == "Ann Roe"


def test_has_been_reported_as_saying_is_a_cue():
    # "…, Tom Hale has been reported as saying.": the perfect of the reporting passive names the speaker
    # as "was reported as saying" does.
    qs = quotes_of(
        """Sales will rise this year, Finance Minister Tom Hale has been reported as saying. "We will not cut jobs," Ann Roe has been quoted as saying."""
    )
    assert speaker(qs, "Sales will rise this year") == "Tom Hale"
    assert find(qs, "Sales will rise").text == "Sales will rise this year"
    assert speaker(qs, "We will not cut jobs") == "Ann Roe"


def test_a_participle_with_a_plain_object_reports_nothing():
    # "…, announcing his departure from the band", "…, confirming a slowdown": the participle of a verb
    # that takes a thing as its object names what was announced, not words; with a clause it still speaks.
    qs = quotes_of(
        """Tom Hale left the band on Monday, announcing his departure from the group on its website. The Kelso Registry published its figures, confirming a slowdown in late 2004. Ann Roe wrote to staff, announcing that the plant would close."""
    )
    assert not_quoted(qs, "his departure from the group")
    assert not_quoted(qs, "a slowdown in late 2004")
    assert speaker(qs, "the plant would close") == "Ann Roe"


def test_a_reported_clause_may_open_with_a_subordinate_clause():
    # "said as both parties planned cuts, they should accept …", "said once Britain had opted in, it
    # could not opt out": a subordinate clause with its own verb, then a comma and the main clause, is
    # what was said (as "said if …" and "said while …" already are); "said as he left the court" has no
    # main clause after it and reports nothing.
    qs = quotes_of(
        """Mr Tom Hale said as both parties planned to cut jobs, they should accept a drop in their own numbers. Ann Roe said once Kelso had opted in, it could not opt out. Mr Hale said as he left the court that he was tired."""
    )
    assert find(qs, "both parties planned").text == "as both parties planned to cut jobs, they should accept a drop in their own numbers"
    assert speaker(qs, "both parties planned") == "Tom Hale"
    assert find(qs, "Kelso had opted in").text == "once Kelso had opted in, it could not opt out"
    assert not_quoted(qs, "as he left the court")


def test_a_then_may_stand_for_the_comma_after_a_subordinate_clause_that_opens_the_reported_one():
    # "said once Kelso had opted in then it could not opt out": "then" ends the subordinate clause as a
    # comma does, and the main clause after it is what was said.
    qs = quotes_of(
        """Ann Roe met the mayor on Monday. Ms Roe said once Kelso had opted into the scheme then it could not opt out."""
    )
    assert find(qs, "Kelso had opted into").text == "once Kelso had opted into the scheme then it could not opt out"
    assert speaker(qs, "Kelso had opted into") == "Ann Roe"


def test_said_when_with_no_main_clause_after_it_says_when_it_was_said():
    # '"…," he said when his peerage was announced': a "when" clause after "said" with no comma and main
    # clause after it says when the words were said, not what; "said when the bill passed, prices rose"
    # reports its main clause.
    qs = quotes_of(
        """Tom Hale became a peer on Monday. "I accepted for practical reasons," he said when his peerage was first announced. Ann Roe said when the bill passed, prices rose."""
    )
    assert not_quoted(qs, "his peerage was first announced")
    assert speaker(qs, "I accepted for practical reasons") == "Tom Hale"
    assert find(qs, "prices rose").text == "when the bill passed, prices rose"


def test_for_a_named_person_then_a_colon_gives_their_quotation():
    # 'For Tom Hale, this is progress: "…"': the person a sentence opens "for" speaks the quoted words
    # after its colon, as 'Ms Roe was clear: "…"' does.
    qs = quotes_of(
        """Tom Hale makes huge pictures with his phone. Camera phones are spreading fast. For Tom Hale, this is progress: "That is the whole thing about it. I can see that happening a lot more." """
    )
    assert speaker(qs, "happening a lot more") == "Tom Hale"


def test_a_verdict_for_somebody_then_a_colon_gives_the_quotation():
    # 'His message to the chancellor was: "…"': a speech noun that names who it was for, and a colon
    # straight after "was" when a quotation follows, are the speaker's words as "His conclusion was
    # simple: …" is; "The result was: …" has no speaker.
    qs = quotes_of(
        """Tom Hale said stability mattered. His message to the chancellor was: "Please do not give it away." The match ended. The result was: "a draw"."""
    )
    assert speaker(qs, "Please do not give it away.") == "Tom Hale"
    assert not_quoted(qs, "a draw")


def test_a_new_cue_with_a_long_title_ends_the_reported_clause():
    # "When the council announced it had hit its target, Prime Minister Tom Hale said it was …": a
    # comma and a capitalised title and name of four words before a speech verb open a new speaker's
    # clause, as "…, Mayor Tom Hale said" already did.
    qs = quotes_of(
        """When the council announced it had hit its target earlier this month, Prime Minister Tom Hale said it was "only the start"."""
    )
    assert find(qs, "hit its target").text == "it had hit its target earlier this month"
    assert speaker(qs, "only the start") == "Tom Hale"


def test_a_fronted_according_to_source_without_its_comma_or_with_a_long_description():
    # "According to Kelso Research 40% of homes use …": a share never belongs to the source's name, so
    # the clause opens at the number even when its verb is not a common one; "According to
    # calculations presented to the council by Dr Ann Roe in May, …": a source opening the sentence
    # runs on to its comma when its description has no verb of its own. A clause before the comma
    # stays the clause ("According to Ravel most firms in the north are doing well, but …").
    qs = quotes_of(
        """According to Kelso Research 40% of homes use just one broadband supplier.\n\nAccording to calculations presented to the council by Dr Ann Roe in May, the new road may cost as much as £5m.\n\nAccording to the Flood Research and Planning Centre at Kelso University, there is little sign of a wet spring.\n\nAccording to Ravel most firms in the north are doing well, but costs are rising."""
    )
    assert find(qs, "homes use just one").text == "40% of homes use just one broadband supplier"
    assert speaker(qs, "homes use just one") == "Kelso Research"
    assert find(qs, "the new road may cost").text == "the new road may cost as much as £5m"
    assert speaker(qs, "little sign of a wet spring") == "Flood Research and Planning Centre at Kelso University"
    assert find(qs, "most firms in the north").speaker == "Ravel"


def test_a_plain_form_speech_verb_with_a_noun_phrase_object_says_nothing():
    # "hopes the console will maintain the firm's lead", "the two firms deny the charges": the plain
    # form after a modal or a plural subject takes a thing as its object, as "maintained the lead"
    # does; with a clause after it the subject still speaks ("Critics maintain the plan is flawed").
    qs = quotes_of(
        """Kelso Games hopes the new console will maintain the firm's lead in a crowded market. The two rival firms deny the charges of price fixing. Critics maintain the plan is flawed."""
    )
    assert not_quoted(qs, "the firm's lead")
    assert not_quoted(qs, "the charges of price fixing")
    assert speaker(qs, "the plan is flawed") == "Critics"


def test_a_participle_after_its_subjects_own_clause_reports_only_what_follows_it():
    # "The service will launch free, adding pay channels later.", "Ann Roe was in good form, adding
    # ten points.": the clause before a participle whose speaker is the sentence's subject is the
    # article's account of that subject, never its words; after the participle a name and a verb in
    # the past are a clause of their own ("saying Hale overreacted"), whose speaker stays the one
    # the next pronoun stands for.
    qs = quotes_of(
        """The Kelso TV service will launch as a free platform to start with, adding pay channels later. Kelso striker Ann Roe was in good form with the boot, adding ten points.\n\nKelso manager Ben Low will fine Tom Hale after all. The Scot initially defended Hale, saying Roe overreacted. But he has had a rethink. He said: "I was wrong." """
    )
    assert not_quoted(qs, "will launch as a free platform")
    assert not_quoted(qs, "in good form")
    assert find(qs, "Roe overreacted").text == "Roe overreacted"
    assert speaker(qs, "Roe overreacted") == "Ben Low"
    assert speaker(qs, "I was wrong") == "Ben Low"


def test_a_phrase_split_from_its_verb_by_an_inverted_cue_is_no_speaker():
    # "One of the drawbacks of Kelso World, said Mr Hale, was …", "The ministers' comments, said Ann
    # Roe of Kelso Bank in Leeds, were …": a phrase, a comma, a speaker after the verb (and where
    # they are from), a comma and a finite verb: the phrase is the subject of the speaker's words,
    # whatever it names (here a game's name), and the speaker is the one after the verb.
    qs = quotes_of(
        """Tom Hale wrote a language course. One of the drawbacks of Kelso World, said Mr Hale, was the lack of spoken words.\n\nThe ministers' comments, said Ann Roe of Kelso Bank in Leeds, were "generally too weak to move the market"."""
    )
    assert speaker(qs, "the lack of spoken words") == "Tom Hale"
    assert speaker(qs, "generally too weak") == "Ann Roe"
    assert all(q.speaker in {"Tom Hale", "Ann Roe"} for q in qs)


def test_a_fronted_said_before_a_speaker_with_an_article_or_a_title():
    # 'Said the Kelso report: "…"', 'Said coach Tom Hale: "…"': the verb fronted before its speaker
    # and a colon opens the quote, also when the speaker starts with an article or a lower-case
    # title (as 'Said Hale: "…"' already did).
    qs = quotes_of(
        """A poll by Kelso Research asked 500 shoppers. Said the Kelso report: "This finding is ironic, since half of all shoppers say they would stop."\n\nThe team trained on Monday. Said coach Tom Hale: "They have worked hard all week." """
    )
    assert speaker(qs, "This finding is ironic") == "the Kelso report"
    assert speaker(qs, "worked hard all week") == "Tom Hale"


def test_a_slogan_in_apposition_is_no_quote():
    # 'who wore the Kelso bid slogan, "Back the Bid", on her shorts': a slogan or motto named in
    # quotation marks is a title, not the speaker's words, also set off by commas after its noun;
    # the speaker's quotes around it are untouched.
    qs = quotes_of(
        """"I was surprised," said Ann Roe, who wore the Kelso bid slogan, "Back the Bid", on her shorts. "But I am pleased." """
    )
    assert not_quoted(qs, "Back the Bid")
    assert speaker(qs, "I was surprised") == "Ann Roe"
    assert speaker(qs, "But I am pleased") == "Ann Roe"


def test_an_outlet_named_after_its_kind_is_who_was_told():
    # "told news agency Reuters such a move …", "told business newspaper Le Kelso the plan …": the
    # outlet's name after its kind is who was told, and the clause opens after it; a name with its
    # verb right after it opens the clause itself ("telling delegates Labour cannot be trusted").
    qs = quotes_of(
        """Kelso Bank told news agency Reuters such a move would have to wait until May. Acme told business newspaper Le Kelso the plan would have to wait.\n\nTom Hale spoke in Leeds, telling delegates Labour cannot be trusted on crime."""
    )
    assert find(qs, "such a move").text == "such a move would have to wait until May"
    assert find(qs, "the plan would").text == "the plan would have to wait"
    assert find(qs, "cannot be trusted").text == "Labour cannot be trusted on crime"


def test_a_closing_cue_in_the_perfect_ends_the_reported_words_before_it():
    # "…, a new film has revealed.": a cue in the perfect closing the sentence after another cue's
    # words is not part of those words (a perfect earlier in the sentence, with words of its own after
    # it, is left alone).
    qs = quotes_of(
        """A Kelso MP suggested the plan was weak, a new film has revealed.\n\nAnn Roe said the firm has revealed its plans for a new plant in the north of the county."""
    )
    assert find(qs, "the plan was weak").text == "the plan was weak"
    assert find(qs, "has revealed its plans").text == "the firm has revealed its plans for a new plant in the north of the county"


def test_and_with_an_auxiliary_in_the_clauses_tense_goes_on_with_the_reported_words():
    # "and"/"but" with an auxiliary or modal in the tense and number of the reported clause's own verb
    # goes on with the clause ("said the plan was weak and was unlikely to pass", "says it is growing
    # and will hire", "said the cuts would hurt and could cost jobs"); one in another tense or number,
    # "did", a new speech verb or a complement with no verb is the speaker's own sentence going on.
    qs = quotes_of(
        """Ann Roe said the plan was weak and was unlikely to pass. Kelso Ltd says it is growing and will hire 50 staff. Tom Hale said the cuts would hurt and could cost jobs. Jo Bell said it had contacted the police and had closed the site.\n\nBen Cole admitted his side were lucky but is still unhappy with the schedule. Sam Ward said he would retire next year but has released an album. Lee Fox said he was angry, but did not blame the referee. Rovers accused Ray Dunn of cheating and was fined. Amy Kerr forecast the bid would succeed and was more concerned with the costs. Kelso Ltd said sales had risen by 5% and has publicly said it would hire more staff."""
    )
    assert find(qs, "plan was weak").text == "the plan was weak and was unlikely to pass"
    assert find(qs, "it is growing").text == "it is growing and will hire 50 staff"
    assert find(qs, "cuts would hurt").text == "the cuts would hurt and could cost jobs"
    assert find(qs, "contacted the police").text == "it had contacted the police and had closed the site"
    assert find(qs, "his side were lucky").text == "his side were lucky"
    assert find(qs, "would retire").text == "he would retire next year"
    assert find(qs, "he was angry").text == "he was angry"
    assert find(qs, "of cheating").text == "Ray Dunn of cheating"
    assert find(qs, "bid would succeed").text == "the bid would succeed"
    assert find(qs, "sales had risen").text == "sales had risen by 5%"


def test_a_name_after_the_outlet_told_opens_the_reported_clause():
    # "told the BBC Kelso were unlikely to win", "told the Daily Post Mr Hale would lead …": in a run
    # of names right before the clause's verb, a title or the name after an outlet's initials opens
    # the clause; the outlet's own services stay with it ("told BBC Radio Scotland she was …").
    qs = quotes_of(
        """Ann Roe told the BBC Kelso were unlikely to win the cup. Jo Bell told the Daily Post Mr Hale would lead the campaign. Tom Hale told BBC Radio Scotland she was happy with the deal."""
    )
    assert find(qs, "unlikely to win").text == "Kelso were unlikely to win the cup"
    assert find(qs, "lead the campaign").text == "Mr Hale would lead the campaign"
    assert find(qs, "happy with the deal").text == "she was happy with the deal"


def test_an_adverbial_after_that_is_part_of_the_reported_clause():
    # "said that in 1970 the council agreed …", "said that at no time had it occurred to her …": after
    # "that" a fronted adverbial is the content clause's own; with no "that" it may be the speech
    # verb's ("said during his 22 years in the council he had seen …").
    qs = quotes_of(
        """Ann Roe said that at no time had it occurred to her that the plan was weak. The report points out that in 1970 the council agreed to spend more. Tom Hale said during his 22 years in the council he had seen many plans fail."""
    )
    assert find(qs, "occurred to her").text == "at no time had it occurred to her that the plan was weak"
    assert find(qs, "agreed to spend").text == "in 1970 the council agreed to spend more"
    assert find(qs, "many plans fail").text == "he had seen many plans fail"


def test_stressed_with_a_bare_noun_phrase_reports_no_words():
    # "stressed the importance of …", "has stressed Mr Roe's support for …": a topic stressed, not words
    # reported; a clause after it still is ("stressed the plan was sound").
    qs = quotes_of(
        """Ann Roe stressed the importance of checking the small print. The council has stressed Mr Hale's support for the mayor. Tom Hale stressed the plan was sound."""
    )
    assert not_quoted(qs, "importance of checking")
    assert not_quoted(qs, "support for the mayor")
    assert find(qs, "plan was sound").text == "the plan was sound"


def test_a_new_speaker_criticising_or_urging_ends_the_reported_clause():
    # "…, while Kelso criticised …", "… but the board urged …", "…, the Post reported": a new speaker
    # with a speech verb of criticism, urging or reporting ends the words before it, as one with
    # "said" does.
    qs = quotes_of(
        """The Greens said the plan could let gangs run the town, while Kelso criticised "wild" promises on crime. Ann Roe said the bank had acted to curb inflation but the move was criticised by some analysts."""
    )
    assert find(qs, "let gangs run").text == "the plan could let gangs run the town"
    assert speaker(qs, "wild") == "Kelso"
    assert find(qs, "curb inflation").text == "the bank had acted to curb inflation"


def test_and_with_a_named_speaker_and_its_cue_ends_the_reported_clause():
    # "… rose 0.8% and Kelso reported …", "… was weak and Tom Hale said …": "and" with a name and a
    # speech verb opens a new speaker's words, comma or not.
    qs = quotes_of(
        """Halifax said house prices rose by 0.8% in January and Kelso Bank reported a fall. Ann Roe said the plan was weak and Tom Hale says it is strong."""
    )
    assert find(qs, "house prices rose").text == "house prices rose by 0.8% in January"
    assert find(qs, "plan was weak").text == "the plan was weak"
    assert speaker(qs, "it is strong") == "Tom Hale"


def test_a_concession_with_a_named_speaker_ends_the_reported_clause():
    # "…, although Ann Roe admitted she was …": a concession whose own subject is a named speaker with
    # a speech verb is that speaker's words, not the first speaker's.
    qs = quotes_of(
        """All three band members stressed that the split was friendly, although Ann Roe admitted she was "shocked" to hear of it."""
    )
    assert find(qs, "split was friendly").text == "the split was friendly"
    assert speaker(qs, "to hear of it") == "Ann Roe"


def test_a_concession_with_the_speaker_again_as_a_pronoun_is_a_cue_of_its_own():
    # "Looking forward, Kelco said growth would be 5%, although it warned that trading would remain
    # tough": the concession's "it warned" (or "- though he acknowledged") is a cue of its own, so the
    # first reported clause ends before it; "it" is Kelco, not the fronted "Looking forward".
    qs = quotes_of(
        """Kelco's sales fell last year. Looking forward, Kelco said growth would be about 5%, although it warned that trading would remain tough."""
    )
    assert find(qs, "growth would be").text == "growth would be about 5%"
    assert find(qs, "trading would remain").text == "trading would remain tough"
    assert speaker(qs, "trading would remain") == "Kelco"
    qs = quotes_of(
        """Tom Hale said he had not seen "the slightest step" by the rebels - though he acknowledged their leaders were busy with an election."""
    )
    assert find(qs, "leaders were busy").text == "their leaders were busy with an election"


def test_a_quote_before_a_description_and_a_name_in_apposition_is_direct():
    # '“…,” Kelco's chief executive, Ann Roe, told the BBC.': the description the name stands in
    # apposition to opens the cue right after the quote, which is direct, without its marks (not a
    # reported clause running from the opening mark to the description).
    qs = quotes_of(
        """Kelco has tested the new cards.\n\n"If you are issued an ID card, you want to be sure it works," Kelco's chief executive, Ann Roe, told the BBC. She said the cards were ready."""
    )
    q = find(qs, "you want to be sure it works")
    assert q.kind == "direct" and q.speaker == "Ann Roe"
    assert q.text == "If you are issued an ID card, you want to be sure it works"


def test_a_relative_aside_past_a_time_phrase_ends_at_the_main_verb():
    # "Kelco, which last month forecast record sales, said it had bought Brix.": the aside with its
    # own speech verb ends at the main clause, past a time phrase after "which", so the firm's words
    # are what the main verb reports (not "record sales, said it had …").
    qs = quotes_of("""Kelco, which last month forecast record sales for 2005, said it had bought Brix Foods.""")
    assert speaker(qs, "it had bought Brix Foods") == "Kelco"
    assert find(qs, "it had bought Brix Foods").text == "it had bought Brix Foods"
    assert not_quoted(qs, "record sales")


def test_a_season_or_a_two_word_time_between_subject_and_verb():
    # "A Kelco poll this summer suggested …", "Mr Hale earlier this week said …": a time phrase
    # between the subject and the speech verb (a season, a weekend, "earlier this week") leaves the
    # subject the speaker.
    qs = quotes_of("""A Kelco poll this summer suggested policing was the worst public service.""")
    assert speaker(qs, "the worst public service") == "a Kelco poll"
    qs = quotes_of("""Tom Hale has had a hard year at Kelco. Mr Hale earlier this week said profits would fall.""")
    assert speaker(qs, "profits would fall") == "Tom Hale"


def test_an_it_that_announces_a_clause_is_no_speaker():
    # "It is understood that the board … asked her to reconsider": the "it" only announces the clause
    # after it, so a verb joined by "and" in that clause is its subject's (the board), not the body
    # "it" would stand for elsewhere.
    qs = quotes_of(
        """Kelso Roe Holdings, a UK bank, has split. Its board met in Leeds. It is understood that the board also considered Ann Roe's resignation and asked her to reconsider her decision."""
    )
    assert speaker(qs, "reconsider her decision") == "the board"


def test_a_plural_in_ies_for_bodies_heads_a_cue():
    # "All three main parties say …", "The rival charities said …": a plural in -ies ("parties",
    # "charities", "agencies") is a kind of bodies as "the main unions" is, so the cue speaks.
    qs = quotes_of("""All three main parties say the issue is one for each member's conscience.""")
    assert speaker(qs, "each member's conscience") == "All three main parties"
    qs = quotes_of("""The rival charities said the appeal had raised too little.""")
    assert speaker(qs, "raised too little") == "the rival charities"
    qs = quotes_of("""The Kelso report found the system was flawed and all three of the main parties have said the system has to change.""")
    assert speaker(qs, "has to change") == "the main parties"


def test_a_clause_joined_by_and_with_its_own_subject_and_a_perfect_speech_verb_is_a_new_cue():
    # "The Kelso Commission found the system was flawed and all three of the main parties have said it
    # has to change": the clause after "and" has a subject and a speech verb of its own, so the finding
    # ends before it.
    qs = quotes_of("""The Kelso Commission found the system was "deeply flawed" and all three of the main parties have said the system has to change.""")
    assert find(qs, "deeply flawed").text == 'the system was "deeply flawed"'
    assert speaker(qs, "has to change") == "the main parties"


def test_in_the_past_between_auxiliary_and_speech_verb():
    # "Kelso has in the past said …": "in the past" is a time phrase like "in recent weeks", so the
    # subject before it still speaks.
    qs = quotes_of("""Ruritania has in the past said it sees the ban as politically driven.""")
    assert speaker(qs, "politically driven") == "Ruritania"
    qs = quotes_of("""The firm has in the past said it would never sell the brand.""")
    assert speaker(qs, "never sell") == "the firm"


def test_two_apostrophes_typed_for_a_double_quotation_mark():
    # "''We gave him a chance,'' said Kelso coach Tom Lee.": a pair of apostrophes stands for a double
    # quotation mark, opening or closing the words; the quote's text is the article's own.
    qs = quotes_of("""The club made changes. ''We gave him a chance but it did not work out,'' said Kelso coach Tom Lee. ''In terms of risk, it was a sensible step.''""")
    assert speaker(qs, "gave him a chance") == "Tom Lee"
    assert find(qs, "gave him a chance").text == "We gave him a chance but it did not work out"
    assert speaker(qs, "sensible step") == "Tom Lee"
    # (an apostrophe of its own is no mark: "the players' union")
    qs = quotes_of("""The players' union's chief Tom Lee said the deal was fair.""")
    assert speaker(qs, "deal was fair") == "Tom Lee"


def test_an_opening_agentless_cue_after_a_time_or_a_conjunction():
    # "Last month it was announced that …", "It was announced last July that …", "… has been in doubt since
    # it was announced that …": the agentless cue reports its clause for nobody named, after a fronted
    # time, with a time before "that", or opening a clause after a conjunction.
    qs = quotes_of("""Jobs will go. Last month it was announced that a total of 37 offices would close in the first wave.""")
    assert speaker(qs, "37 offices would close") == "unattributed"
    qs = quotes_of("""Jobs will go. It was announced last July that three Kelso quangos would be brought under control.""")
    assert speaker(qs, "three Kelso quangos") == "unattributed"
    qs = quotes_of("""The Kelso Arts Council has been in doubt since it was announced that most quangos would be abolished.""")
    assert speaker(qs, "most quangos would be abolished") == "unattributed"
    # (inside somebody's reported words it stays theirs)
    qs = quotes_of("""Tom Lee said it was claimed that the quangos would be abolished.""")
    assert speaker(qs, "quangos would be abolished") == "Tom Lee"


def test_a_relative_clause_with_an_adverb_before_its_verb_describes_the_subject():
    # "The 28-year-old host who also presents Kelso Tonight said …": the relative clause (its verb after
    # an adverb) describes the host, so the speaker is the host the article named, not "Kelso Tonight".
    qs = quotes_of("""Ann Roe has resigned as host of the show.\n\nThe 28-year-old host who also presents Kelso Tonight said she wanted to concentrate on new projects.""")
    assert speaker(qs, "new projects") == "Ann Roe"
    qs = quotes_of("""Tom Hale has quit the band.\n\nThe singer who first founded Kelso Blue in 1990 said he wanted a rest.""")
    assert speaker(qs, "wanted a rest") == "Tom Hale"


def test_stressing_a_plain_noun_phrase_reports_no_words():
    # "…, stressing the commitment of the city to a stable future": the participle (like "stressed the
    # importance of …") names a topic, not words; "stressing (that) the city was committed" still speaks.
    qs = quotes_of("""Mr Tom Hale welcomed the plan, stressing the commitment of the city to a stable future.""")
    assert not_quoted(qs, "commitment of the city")
    qs = quotes_of("""Mr Tom Hale is stressing the different approach of his party.""")
    assert not_quoted(qs, "different approach")
    qs = quotes_of("""Mr Tom Hale welcomed the plan, stressing the city was committed to it.""")
    assert speaker(qs, "city was committed") == "Tom Hale"


def test_two_apostrophes_typed_for_a_quotation_mark_open_and_close_a_quote():
    # "''We gave Bob a chance,'' said coach Tom Hale.": two apostrophes typed for a double quotation
    # mark; the quote's words are as the article writes them, and a paragraph that leaves its quote
    # open goes on with it ("''It was hard. ''We won.''"). Inches ("5'' 10") are no quote.
    qs = quotes_of("""Kelso coach Tom Hale dropped Bob Ray. ''We gave Bob a chance but it didn't work out,'' said Kelso coach Tom Hale. ''He should be fine for the next game.''""")
    q = find(qs, "We gave Bob a chance")
    assert (q.speaker, q.kind, q.text) == ("Tom Hale", "direct", "We gave Bob a chance but it didn't work out")
    assert speaker(qs, "fine for the next game") == "Tom Hale"
    qs = quotes_of("""Ann Roe is 5'' 10 tall and said she was happy.""")
    assert speaker(qs, "she was happy") == "Ann Roe"


def test_now_opens_a_reported_clause_after_a_mid_sentence_cue():
    # "However, he said, now 45% of the people Kelso asked use their phone camera.": "now" opens the
    # reported clause as "today" does; words left in the present that way are not shifted back, so a
    # plain past after them ("In 2003 the figure was 29%.") is the article's own figure.
    qs = quotes_of(
        """Ann Roe said early reports of camera phone use were gloomy. However, she said, now 45% of the people Kelso questioned use their phone camera. In 2003 the figure was 29%."""
    )
    assert speaker(qs, "45% of the people") == "Ann Roe"
    assert find(qs, "45% of the people").text.startswith("now 45%")
    assert not_quoted(qs, "figure was 29%")


def test_claiming_with_only_a_noun_phrase_reports_nothing():
    # "…, claiming the title at Rugby Park", "with some claiming record crowds": a prize taken or a
    # thing claimed, with no clause and no complement, is no speech in the participle either (as
    # "claimed their first win" is not); a clause or a "to" complement still reports.
    qs = quotes_of(
        """Kelso beat Ayr 3-0 at home on Saturday, claiming the Border League title at Rugby Park. Shops had a good week, with some claiming record crowds in the city centre."""
    )
    assert not_quoted(qs, "the Border League title")
    assert not_quoted(qs, "record crowds")
    qs = quotes_of(
        """Ann Roe left the club in May, claiming she had been treated unfairly. Critics claim the vote was rigged. Tom Hale claims to have seen the files."""
    )
    assert speaker(qs, "she had been treated unfairly") == "Ann Roe"
    assert speaker(qs, "the vote was rigged") == "Critics"
    assert speaker(qs, "to have seen the files") == "Tom Hale"


def test_hinted_reports_its_clause():
    # "Kelso manager Tom Hale hinted he may be back early": a hint is said, so its clause is reported
    # speech like "suggested"'s; "hinted at a deal" has no clause and reports nothing.
    qs = quotes_of(
        """But Kelso manager Tom Hale hinted he may be back early. The council has hinted that the vote would be delayed. Ann Roe hinted at a deal with the firm."""
    )
    assert speaker(qs, "he may be back early") == "Tom Hale"
    assert speaker(qs, "the vote would be delayed") == "the council"
    assert not_quoted(qs, "a deal with the firm")


def test_rules_after_under_is_the_noun():
    # "Under Kelso Athletics Association (KAA) rules, the runners could …": "rules" after "under" (or
    # "against", "broke") ends a noun phrase, not a ruling; "the panel rules that …" still is one.
    qs = quotes_of(
        """Under Kelso Athletics Association (KAA) rules, the runners could receive a one-year ban. Under KAA rules, clubs must pay a fine. The panel rules that the runners can appeal."""
    )
    assert not_quoted(qs, "a one-year ban")
    assert not_quoted(qs, "clubs must pay a fine")
    assert speaker(qs, "the runners can appeal") == "the panel"


def test_ruled_with_a_clause_and_no_that():
    # "The High Court last month ruled the act was valid", "A Kelso court ruled in 2003 that …": a
    # ruling reports its clause without "that" too, or with "that" after a time; "ruled the country and
    # was loved", "was ruled to have crossed the line" and "ruled out a retrial" say nothing.
    qs = quotes_of(
        """The High Court last month ruled the act was valid. A Kelso court ruled in 2003 that Tom Hale would have to pay a fine. Judge Ann Roe ruled the firm should get a tenth of the profits."""
    )
    assert speaker(qs, "the act was valid") == "High Court"
    assert speaker(qs, "Tom Hale would have to pay a fine") == "a Kelso court"
    assert speaker(qs, "the firm should get a tenth") == "Ann Roe"
    qs = quotes_of(
        """The old king ruled the country and was loved by all. The goal was ruled to have crossed the line. The judge ruled out a retrial in May."""
    )
    assert qs == []


def test_a_body_that_examines_speaks_through_what_it_found():
    # "The commission found the most common approach is …", "the MPs found": a body that examines or
    # judges speaks through its findings, as a study does; "police found a body", a finding's noun with
    # its own "that" clause, and a finding somebody else reports ("The office said auditors had found
    # “…”", the office's words) are not its speech.
    qs = quotes_of(
        """Last year's report said there was no case for change. The Kelso Electoral Commission found the most common approach was to keep the age at 18. Staff were under pressure, the MPs found."""
    )
    assert speaker(qs, "the most common approach") == "Kelso Electoral Commission"
    assert speaker(qs, "Staff were under pressure") == "the MPs"
    qs = quotes_of(
        """Police found a body in the river. The commission found support for the idea of grading fines so that the penalty reflected the offence. The mayor's office said auditors had found "irregularities in the accounts"."""
    )
    assert not_quoted(qs, "a body in the river")
    assert not_quoted(qs, "support for the idea")
    assert speaker(qs, "irregularities in the accounts") == "the mayor's office"


def test_indicated_and_hinted_report_a_clause():
    # "Ann Roe has indicated she wants the rebate to end", "Tom Hale hinted that the winger could be
    # fit": what a speaker lets be known is reported like what they said, with "that" or with a clause
    # that opens with its subject and a finite verb; a noun phrase after the verb ("indicated her
    # support for the plan", "hinted at a return") is no words of theirs.
    qs = quotes_of("""Kelso Commission president Ann Roe has indicated she wants the rebate to come to an end.""")
    q = find(qs, "wants the rebate")
    assert (q.speaker, q.kind, q.text) == ("Ann Roe", "reported", "she wants the rebate to come to an end")
    qs = quotes_of("""Tom Hale was expected to be out for six weeks, but Ann Roe hinted that the winger could be fit for the final.""")
    assert speaker(qs, "could be fit for the final") == "Ann Roe"
    qs = quotes_of("""Ann Roe indicated her support for the plan. Tom Hale hinted at a return to the squad.""")
    assert not_quoted(qs, "her support") and not_quoted(qs, "a return to the squad")


def test_a_speech_announced_before_it_is_made_is_its_speakers():
    # "Mr Hale is expected to say that …", "is likely to say Kelco should …": a speech the article
    # announces is reported as "will say" is, by the subject; "refused to say" reports nothing, and a
    # speech to come reports only a clause ("is due to say more next week" is none).
    qs = quotes_of("""Tom Hale will visit Leeds on Monday. He is expected to say that the new figures were heartening.""")
    q = find(qs, "figures were heartening")
    assert (q.speaker, q.kind, q.text) == ("Tom Hale", "reported", "the new figures were heartening")
    qs = quotes_of("""The government has ordered a review and is likely to say Kelco should have more power.""")
    assert speaker(qs, "Kelco should have more power") == "the government"
    qs = quotes_of("""Tom Hale refused to say whether he would quit. Ann Roe is due to say more next week.""")
    assert not_quoted(qs, "whether he would quit") and not_quoted(qs, "more next week")


def test_assured_and_reminded_report_like_told():
    # "Tom Hale assured MPs that 90% of the bill was about regulation", "…, and reminded MPs that …": who
    # was assured or reminded comes first, as after "told", then the words (the people told, voters or
    # fans too, are no part of them); "reminded him of his duty" reports nothing.
    qs = quotes_of("""Last week Tom Hale assured MPs that 90% of the bill was about regulation.""")
    q = find(qs, "90% of the bill")
    assert (q.speaker, q.text) == ("Tom Hale", "90% of the bill was about regulation")
    qs = quotes_of("""Tom Hale assured voters he would do nothing to harm the economy.""")
    assert find(qs, "do nothing").text == "he would do nothing to harm the economy"
    qs = quotes_of("""Tom Hale suggested the posters were part of a wider trend and reminded MPs that Ann Roe had described the plan as a farce.""")
    assert find(qs, "wider trend").text == "the posters were part of a wider trend"
    assert speaker(qs, "described the plan as a farce") == "Tom Hale"
    qs = quotes_of("""Tom Hale reminded him of his duty.""")
    assert not_quoted(qs, "his duty")


def test_a_plain_speech_verb_joined_on_opens_its_own_words():
    # "Critics say the sums do not add up and claim it would cut services": a plain form of a speech verb
    # joined on with "and" or "but" and a clause after it is the same speakers' new cue, so the words of
    # the first end before it; an infinitive going on ("what it can to monitor fraud and warn people")
    # stays one clause.
    qs = quotes_of("""Kelso critics say the council's sums do not add up and claim it would cut frontline services.""")
    assert find(qs, "sums do not").text == "the council's sums do not add up"
    assert find(qs, "frontline services").text == "it would cut frontline services"
    qs = quotes_of("""Kelso Telecom says it is doing what it can to monitor fraud and warn people about rogue dialling.""")
    assert find(qs, "monitor fraud").text == "it is doing what it can to monitor fraud and warn people about rogue dialling"


def test_signalled_reports_a_clause_as_indicated_does():
    # "Ruritania has also signalled it wants to press ahead with talks": another verb of letting something
    # be known, with a clause; "signalled the strongest growth yet" shows a thing.
    qs = quotes_of("""Ruritania, which disputes the claim, has also signalled it wants to press ahead with talks.""")
    assert speaker(qs, "press ahead with talks") == "Ruritania"
    qs = quotes_of("""Kelso Mobile sold 20 million phones. The sales signalled the strongest growth yet.""")
    assert not_quoted(qs, "strongest growth")


def test_a_sentence_ending_inside_single_quotes_ends_the_reported_span():
    # "… he says he is moving to Kelso in search of 'peace.' Anyone who knows …": the stop inside the
    # single quotation marks ends the sentence, so the next sentence is the article's, not his.
    qs = quotes_of("""Tom Hale left the club in May. Now he says he is moving to Kelso in search of 'peace.' Anyone who knows the town will laugh at that.""")
    q = find(qs, "in search of")
    assert q.text == "he is moving to Kelso in search of 'peace.'"
    assert not_quoted(qs, "Anyone who knows")


def test_sources_familiar_with_a_matter_are_unnamed_sources():
    # "Sources familiar with the deal said …": "familiar with" places unnamed sources as "close to" does,
    # before the verb or closing the sentence.
    qs = quotes_of("""Kelco agreed to buy Kelgas on Monday. Sources familiar with the deal said that talks sped up after the chairman quit.""")
    assert speaker(qs, "talks sped up") == "Sources familiar with the deal"
    qs = quotes_of("""Kelco agreed to buy Kelgas on Monday. Talks sped up after the chairman quit, sources familiar with the deal said.""")
    assert speaker(qs, "Talks sped up") == "sources familiar with the deal"


def test_a_closing_told_cue_may_say_where_or_concede_after_its_object():
    # "…, Mr Hale told an audience at the Kelso Expo in Kell last year.": after the one told, phrases of
    # place and time with no verb of their own still close the sentence with its cue; so does the
    # article's concession after a comma ("…, Mr Roe told reporters, although he would not say …").
    qs = quotes_of("""Tom Hale runs Kelcorp. Games could be made from films, Mr Hale told an audience at the Kelso Expo in Kell last year.""")
    assert speaker(qs, "made from films") == "Tom Hale"
    qs = quotes_of("""Tom Roe runs the bank. Growth in the first half will slow, Mr Roe told reporters, although he would not say by how much.""")
    q = find(qs, "will slow")
    assert q.speaker == "Tom Roe" and q.text == "Growth in the first half will slow"
    # (a clause after the one told is the article's, and no closing cue)
    qs = quotes_of("""Tom Roe runs the bank. Tom Roe told the court in Kell that growth will slow.""")
    assert speaker(qs, "growth will slow") == "Tom Roe"


def test_a_sentence_dated_in_a_past_year_does_not_go_on_with_the_speaker():
    # "Mr Hale said that sales rose by 45% this year. In 2003 the figure was 29%.": a year heading the
    # sentence dates a fact in its own past, so its "was" is no backshifted speech; a forecast for a year
    # ("In 2006 the figure would be 60%") still goes on with the speaker.
    qs = quotes_of("""Tom Hale runs Kelco. Mr Hale said that sales rose by 45% this year. In 2003 the figure was 29%.""")
    assert not_quoted(qs, "the figure was 29%")
    qs = quotes_of("""Tom Hale runs Kelco. Mr Hale said that sales rose by 45% this year. In 2006 the figure would be 60%.""")
    assert speaker(qs, "would be 60%") == "Tom Hale"


def test_a_time_phrase_may_open_a_reported_clause_before_its_subject():
    # "He said after seven years the party had changed", "However, he said, now 45% of the people Kelco
    # asked use …": a time phrase before the clause's subject and verb opens the reported words; a
    # phrase of when the words were said does not ("said during an interview for Kell TV").
    qs = quotes_of("""Tom Hale spoke in Kell. He said after seven years the party had changed beyond recognition.""")
    assert speaker(qs, "party had changed") == "Tom Hale"
    qs = quotes_of("""Tom Hale spoke in Kell. However, he said, now 45% of the people Kelco questioned use their phones daily.""")
    assert speaker(qs, "45% of the people") == "Tom Hale"
    qs = quotes_of("""Tom Hale spoke in Kell. He said so during an interview for Kell TV's Sunday Show.""")
    assert not_quoted(qs, "Sunday Show")


def test_a_report_with_its_author_forecasts_that_as_a_verb():
    # "A separate report by Kelso forecasts that the market will grow": "forecasts" after a piece of
    # research and its author, with "that" after it, is the verb (not a noun, as in "ahead of IMF
    # forecasts"), so the clause is found.
    qs = quotes_of("""Shoppers want coffee, a survey says. A separate report by Kelso Research forecasts that the coffee market will grow to 8m euros by 2009.""")
    assert find(qs, "coffee market will grow").kind == "reported"
    qs = quotes_of("""Shares fell ahead of Kelso Bank forecasts that were due on Monday.""")
    assert not_quoted(qs, "were due on Monday")


def test_a_plural_subject_estimate_is_a_forecast_said():
    # "Security firms estimate that about 1m websites …": the plain form after a plural subject reports
    # a forecast, as "estimated" and "estimates" do; the noun after an article ("A previous estimate,
    # made in 1998, suggested …") and a bare object ("estimate the cost at $5bn") are no words.
    qs = quotes_of("""Security firms estimate that about 1m websites run the faulty software.""")
    assert speaker(qs, "1m websites") == "Security firms"
    qs = quotes_of("""Tom Hale runs a games firm. Experts estimate it will take a decade to rebuild the network.""")
    assert speaker(qs, "take a decade") == "Experts"
    qs = quotes_of("""A previous estimate, made in 1998, put the saving at £5m. Experts estimate the cost of the damage at $5bn.""")
    assert not_quoted(qs, "made in 1998") and not_quoted(qs, "cost of the damage")


def test_reported_words_stop_before_the_speakers_own_praise():
    # "Tom Hale insisted Ann Roe will have a key role, and praised her handling of the budget": a verb
    # of praise (praised, welcomed, thanked, hailed, defended …) after "and" is the speaker's own act,
    # so the words end before it; after a clause whose own verb is a plain past ("a fan jumped on stage
    # and praised the singer") it may be that clause's, and the words go on.
    qs = quotes_of("""Tom Hale insisted Ann Roe will have a key role in the campaign, and praised her handling of the budget.""")
    assert find(qs, "key role in the campaign").text.endswith("campaign")
    qs = quotes_of("""Ann Roe said a fan jumped on stage and praised the singer loudly.""")
    assert find(qs, "fan jumped").text.endswith("loudly")


def test_reported_words_stop_before_what_the_speaker_went_on_to_do():
    # "Ann Roe said she was "deeply concerned" at the delays, and ordered an inquiry": attacking,
    # ordering, offering, confirming or accepting after "and" or "but" is the speaker's own next act, as
    # praise is, so the words end before it (and "confirmed" reports words of its own); after a clause
    # whose own verb is a plain past ("the workers met and accepted the offer") it is that clause's.
    qs = quotes_of("""Council leader Ann Roe said she was "deeply concerned" at the delays, and ordered an inquiry.""")
    assert find(qs, "deeply concerned").text.endswith("delays")
    qs = quotes_of("""Tom Hale said Labour would publish its plans next week and attacked the Tory proposals.""")
    assert find(qs, "publish its plans").text.endswith("next week")
    qs = quotes_of("""A spokesman for Kelco said it had no comment on the lawsuit, but confirmed the show was filmed in Carlow.""")
    assert find(qs, "no comment").text.endswith("lawsuit")
    assert find(qs, "show was filmed").speaker == "a spokesman for Kelco"
    qs = quotes_of("""Tom Hale said he was "delighted" for the couple and offered his congratulations.""")
    assert find(qs, "delighted").text.endswith("couple")
    qs = quotes_of("""The union said the workers met on Monday and accepted the offer.""")
    assert find(qs, "workers met").text.endswith("offer")


def test_proclaimed_is_a_speech_verb():
    # "Last Saturday, one newspaper proclaimed that Kelso were the best side in the world": "proclaimed"
    # reports a claim, as "declared" does; its passive ("was proclaimed the winner") and a plain object
    # ("proclaimed a national holiday") hold no words.
    qs = quotes_of("""Last Saturday, one newspaper proclaimed that Kelso were still the best side in the world.""")
    assert speaker(qs, "best side in the world") == "one newspaper"
    qs = quotes_of("""Tom Hale was proclaimed the winner of the race. The king proclaimed a national holiday.""")
    assert not_quoted(qs, "winner of the race") and not_quoted(qs, "national holiday")


def test_and_did_not_after_a_backshifted_clause_goes_on_with_it():
    # "said the trust was rich and did not need to cut wards": after a clause in the plain past, "and did
    # not" with a verb that is no act of the speaker's goes on with the clause's own subject; the
    # speaker's own silence ("and did not rule out a strike") and a clause with a modal ("said it would
    # appeal and did not expect …") still end the words before it.
    qs = quotes_of("""Nurses in Kell reacted angrily, arguing that the trust was rich and did not need to cut wards.""")
    assert find(qs, "trust was rich").text == "the trust was rich and did not need to cut wards"
    qs = quotes_of("""The Kell Post says the board considered a sale at 300p but did not go ahead with it.""")
    assert find(qs, "considered a sale").text.endswith("did not go ahead with it")
    qs = quotes_of("""Ann Roe said the talks had failed and did not rule out a strike.""")
    assert find(qs, "talks had failed").text == "the talks had failed"
    qs = quotes_of("""Ann Roe said the firm would appeal and did not expect a loss.""")
    assert find(qs, "would appeal").text == "the firm would appeal"


def test_an_appeal_against_a_ruling_and_an_appeals_court_are_no_speech():
    # "growers who appealed against the ruling" went to court and "a Kell appeals court" is a court:
    # neither is a cue, so the subject's own "say" and the court's "has told" are found; "appealed for
    # the prisoners to be freed" still reports a request.
    qs = quotes_of("""Farm Voice, representing more than 80 growers who appealed against the ruling, say they are prepared to go to court.""")
    q = find(qs, "prepared to go")
    assert q.speaker == "Farm Voice" and q.text == "they are prepared to go to court"
    assert not_quoted(qs, "against the ruling")
    qs = quotes_of("""A Kell appeals court has told Kelso Records that only the singer's parents could sue.""")
    q = find(qs, "parents could sue")
    assert q.speaker == "a Kell appeals court" and q.text.startswith("only")
    qs = quotes_of("""Ann Roe appealed for the prisoners to be freed.""")
    assert speaker(qs, "prisoners to be freed") == "Ann Roe"


def test_a_title_and_full_name_interrupting_the_words_is_the_speaker():
    # "The market, former minister Tom Hale once said, has no morality.": lower-case title words and a
    # full name between commas are the speaker's cue itself, not an aside on the words before them
    # (as "Labour MP Tom Hale" already was); "director of the Kell Committee" stays an aside.
    qs = quotes_of("""The main risk, chief economist Ann Roe said, is the cost of oil.""")
    assert speaker(qs, "cost of oil") == "Ann Roe"
    assert find(qs, "main risk").text == "The main risk"
    qs = quotes_of("""The market, former Kellish government minister Tom Hale once said, has no morality.""")
    assert speaker(qs, "no morality") == "Tom Hale"
    qs = quotes_of("""Curt Hale, director of the Kell Committee, told the BBC that prices would rise.""")
    assert speaker(qs, "prices would rise") == "Curt Hale"


def test_scare_quotes_in_an_aside_on_the_subject_do_not_hide_its_cue():
    # 'Tom Hale, a "maverick" MP, said …', 'The group, dubbed "the rebels" by the press, said …': a few
    # quoted words inside the aside between the subject and its verb are no quote before a cue, so the
    # subject still speaks; quoted words right before the verb ('"good progress" say those …') and
    # words closed by a comma inside the marks ('"like a dream," said Mr Hale') still end at the cue.
    qs = quotes_of("""Tom Hale, a "maverick" MP, said the prime minister felt tired.""")
    assert speaker(qs, "prime minister felt tired") == "Tom Hale"
    qs = quotes_of("""The group, dubbed "the rebels" by the press, said the prime minister felt tired.""")
    assert speaker(qs, "prime minister felt tired") == "the group"
    qs = quotes_of("""Ann Roe, one of the so-called "Kell Five" elected in 1997, told researchers: "We were ignored." """)
    assert speaker(qs, "We were ignored") == "Ann Roe"
    qs = quotes_of("""Tom Hale runs Kelso Games. The game would be "like a lucid dream," said Mr Hale.""")
    assert speaker(qs, "lucid dream") == "Tom Hale"


def test_having_said_that_is_a_connective_not_a_cue():
    # "Having said that, Mark is looking sharper." means "even so": nobody speaks, and a pronoun cue
    # later in the sentence is still its own ("Having said that, he added that …"); "having said that
    # the club was in debt" is speech.
    qs = quotes_of("""Tom Hale ran well on Monday. Having said that, Mark Lowe is looking in much better shape.""")
    assert not_quoted(qs, "much better shape")
    qs = quotes_of("""Tom Hale spoke on Monday. Having said that, he added that Mark Lowe is looking in much better shape.""")
    assert speaker(qs, "much better shape") == "Tom Hale"
    qs = quotes_of("""Tom Hale, having said that the club was in debt, stayed on as chairman.""")
    assert speaker(qs, "club was in debt") == "Tom Hale"


def test_a_closing_cue_with_no_comma_after_quoted_words_or_before_a_titled_name():
    # '2004 was a “stellar year” said Tom Hale, head of …', '… remains a political issue said MP Ann Roe,
    # the party's spokeswoman': the comma before an inverted cue left out after a closing quotation mark,
    # or before a name with its title; the words before the verb are the speaker's (up to the mark).
    qs = quotes_of("""Sales rose again. 2004 was a "stellar year" said Tom Hale, head of the Kelso Games Association.""")
    assert speaker(qs, "stellar year") == "Tom Hale"
    assert find(qs, "stellar year").text == '2004 was a "stellar year"'
    qs = quotes_of("""Sales rose again. Web regulation remains a political issue said MP Ann Roe, the party's spokeswoman on IT.""")
    assert speaker(qs, "political issue") == "Ann Roe"
    # (not a name that is the subject of a clause of its own)
    qs = quotes_of("""Sales rose again. The "stellar year" said Tom Hale would stay on as chairman.""")
    assert not_quoted(qs, "stellar year")


def test_a_plain_form_after_they_opening_the_sentence():
    # "They claim the trio benefited …": a plain-form speech verb ("claim", "argue", "insist") takes a
    # plural subject, also the capitalised pronoun that opens a sentence.
    qs = quotes_of("""Local campaigners say the road is unsafe. They claim government figures show that crime has risen by 25%.""")
    assert speaker(qs, "crime has risen") == "Local campaigners"
    # (a noun "claim" after a determiner is still no cue)
    qs = quotes_of("""Local campaigners say the road is unsafe. Their claim about crime figures was disputed.""")
    assert not_quoted(qs, "about crime")


def test_a_plain_form_after_an_irregular_plural_a_group_noun_or_an_aside():
    # "The men deny …", "The pair claim …", "Certain broadcasters, like Kelso TV, claim …", "Its rivals,
    # needless to say, claim …": the plural subject of a plain-form speech verb need not end in "s",
    # and an aside between commas may stand between the subject and the verb.
    qs = quotes_of("""Tom Hale and Bob Lee are on trial in Kelso. The pair claim they are being punished for their views.""")
    assert speaker(qs, "being punished") == "the pair"
    qs = quotes_of("""Three councillors are on trial in Kelso. The men, elected to the Kelso ward, deny collecting votes fraudulently.""")
    assert speaker(qs, "collecting votes") == "the men"
    qs = quotes_of("""New fines are due. Certain broadcasters, like Kelso TV, claim the material they carry does not break the law.""")
    assert speaker(qs, "does not break the law") == "Certain broadcasters"
    # (a plain form after "to" is still no statement)
    qs = quotes_of("""Tom Hale and Bob Lee are on trial in Kelso. The pair, both from Kelso, refused to deny the charges.""")
    assert not_quoted(qs, "the charges")


def test_a_poll_share_with_an_approximator_a_spaced_fraction_or_a_dashed_figure():
    # "Barely 5% of those questioned said …", "Nearly two thirds - 65% - of the 1,000 people interviewed
    # said …": a poll's share of respondents speaks also after "barely", with a fraction written with a
    # space, and with its figure as an aside between dashes.
    qs = quotes_of("""A survey of Kelso shoppers was published. Barely 5% of those questioned said they wanted a phone that could play films.""")
    assert speaker(qs, "play films") == "Barely 5% of those questioned"
    qs = quotes_of("""A survey of Kelso shoppers was published. Nearly two thirds - 65% - of the 1,000 people interviewed said they had paid by card.""")
    assert speaker(qs, "paid by card") == "Nearly two thirds - 65% - of the 1,000 people interviewed"
    # (a share that is no poll's respondents: a number of things is no speaker)
    qs = quotes_of("""Tom Hale runs Kelso Bank. Barely 5% of the loans went bad, Mr Hale said on Monday.""")
    assert speaker(qs, "loans went bad") == "Tom Hale"


def test_a_poll_share_after_a_fronted_phrase_with_no_comma():
    # "In the UK 69% of those questioned said …", "Despite this liking for search sites half of those
    # questioned said …": a fronted phrase left without its comma still leaves the poll's share of
    # respondents the subject; a quantity after a fronted phrase is no speaker.
    qs = quotes_of("""A survey of Kelso phone users was published. In Kelso 69% of those questioned said they used a fixed phone for long calls.""")
    assert speaker(qs, "fixed phone") == "69% of those questioned"
    qs = quotes_of("""A survey of Kelso web users was published. Despite this liking for search sites half of those questioned said they could find the same facts elsewhere.""")
    assert speaker(qs, "same facts") == "half of those questioned"
    qs = quotes_of("""Tom Hale runs Kelso Bank. In May profits fell by half said the bank.""")
    assert all(q.speaker != "half" for q in qs)


def test_a_poll_share_after_a_conjunction_of_concession_or_with_no_of():
    # "Most were happy, though nearly a quarter said …", "However 60% said …", "Nearly half those
    # pupils polled said …": the poll's share of respondents still speaks after "though" or "However"
    # with no comma, and without "of" before those asked.
    qs = quotes_of("""A survey of Kelso shoppers was published. Of these, 80% were happy, though nearly a quarter said they had lost their cards.""")
    assert speaker(qs, "lost their cards") == "nearly a quarter"
    qs = quotes_of("""A survey of Kelso shoppers was published. However 60% said they did not trust the new tills.""")
    assert speaker(qs, "new tills") == "60%"
    qs = quotes_of("""A survey of Kelso pupils was published. Nearly half those pupils polled said it was not important to vote.""")
    assert speaker(qs, "important to vote") == "Nearly half those pupils polled"


def test_a_speech_verb_after_a_progressive_continuing_to_is_the_subjects():
    # "The council is continuing to insist that the road must close": the progressive of "continue to"
    # goes on saying it, as "continues to insist" does; "is continuing to rise" says nothing.
    qs = quotes_of("""The council met on Monday. The council is continuing to insist that the road must close.""")
    assert speaker(qs, "the road must close") == "the council"
    qs = quotes_of("""Kelco sells tea. Prices are continuing to rise across the region.""")
    assert not_quoted(qs, "continuing to rise")


def test_an_occasion_used_to_say_something_is_the_subjects_speech():
    # "Mr Hale used a speech to say …", "took the opportunity to warn …", "went so far as to claim …": the
    # subject says it; "used the cash to buy a rival" says nothing, and "refused to say" still reports none.
    qs = quotes_of("""Tom Hale leads the party. Mr Hale used a speech to say his party was facing up to hard choices.""")
    assert speaker(qs, "facing up to hard choices") == "Tom Hale"
    qs = quotes_of("""Tea maker Kelco lost money. The firm took the opportunity to warn that jobs would go.""")
    assert speaker(qs, "jobs would go") == "Kelco"
    qs = quotes_of("""Tom Hale went so far as to claim the council should resign.""")
    assert speaker(qs, "council should resign") == "Tom Hale"
    qs = quotes_of("""Kelco used the cash to buy a rival. Tom Hale refused to say whether he would stay.""")
    assert not_quoted(qs, "buy a rival") and not_quoted(qs, "he would stay")


def test_a_free_relative_with_who_may_open_the_reported_clause_as_its_subject():
    # "said who ran the scheme was not the main issue": "who ran the scheme" is the subject of the
    # reported clause, whose verb follows; a relative clause after the speaker's name is no clause said.
    qs = quotes_of("""Ann Roe, director of the Kelso Trust, said who ran the scheme was not the main issue.""")
    assert speaker(qs, "was not the main issue") == "Ann Roe"
    qs = quotes_of("""The award went to Ann Roe, said Tom Hale, who was the judge and who is now retired.""")
    assert not_quoted(qs, "now retired")


def test_a_relative_clause_with_a_time_phrase_before_its_speech_verb_ends_at_the_main_clause():
    # "Kelso Economics, which has in the past predicted a fall, said …": the aside's own verb reports
    # nothing past the aside, however long its time phrase; the main clause's verb speaks for itself.
    qs = quotes_of("""Kelso Economics, which has in the past predicted that prices would fall, said the findings were a surprise.""")
    assert find(qs, "prices would fall").text == "prices would fall"
    assert speaker(qs, "findings were a surprise") == "Kelso Economics"
    qs = quotes_of("""Kelso Economics, which has in the past predicted a sharp fall in prices, branded the findings a "temporary surprise".""")
    assert not_quoted(qs, "a sharp fall")


def test_a_joke_or_a_hint_coordinated_with_said_ends_the_reported_clause():
    # "said he was tired but joked that “…”", "said the aim was to keep it and hinted that a merger was
    # likely": the joke or hint is a statement of its own, not part of the clause "said" reports.
    qs = quotes_of("""Tom Hale said he was tired but joked that "the bed is calling".""")
    assert find(qs, "he was tired").text == "he was tired"
    assert speaker(qs, "the bed is calling") == "Tom Hale"
    qs = quotes_of("""Tom Hale said the aim was to keep the club and hinted that a merger was likely.""")
    assert find(qs, "the aim was").text == "the aim was to keep the club"
    assert speaker(qs, "a merger was likely") == "Tom Hale"


def test_a_date_with_its_year_between_the_verb_and_that_is_skipped():
    # "announced on 3 March, 2004 that …", "The commission ruled on 30 July, 2002 that …": the date
    # (its year after a comma too) is no part of what was said.
    qs = quotes_of(
        """Kelco is in trouble. Tom Hale announced on 3 March, 2004 that he would quit. The men went to the Kelso Appeals Commission. The commission ruled on 30 July, 2002 that the act was unfair."""
    )
    assert find(qs, "he would quit").text == "he would quit"
    assert find(qs, "the act was unfair").speaker == "Kelso Appeals Commission"


def test_a_capital_according_inside_a_title_is_no_source():
    # "new sitcom, The World According to Bex, penned by …": "According" with a capital after a
    # capitalised word inside the sentence is part of a work's name, not a source's cue.
    qs = quotes_of(
        """Jo Vane will star in new sitcom, The World According to Bex, penned by Tom Hale and the Two Ronnies return for a special show. According to Kelso Research, sales will fall next year."""
    )
    assert not_quoted(qs, "penned by Tom Hale")
    assert speaker(qs, "sales will fall") == "Kelso Research"


def test_saying_nothing_about_something_reports_no_words():
    # "Kelso ministers said nothing about supporting the dollar", "This said more about …": a verb of
    # speech with "nothing", "little" or "more" about something as its object reports no words (but
    # "Tom Hale said nothing had changed" does, and "said much of the money …").
    qs = quotes_of(
        """Kelso finance ministers said nothing about supporting the dollar, whose slide could hurt growth. This perhaps said more about how people saw the plan. Tom Hale said nothing had changed in the talks. Ann Roe said much of the money had gone."""
    )
    assert not_quoted(qs, "supporting the dollar")
    assert not_quoted(qs, "how people saw the plan")
    assert speaker(qs, "nothing had changed") == "Tom Hale"
    assert speaker(qs, "much of the money") == "Ann Roe"


def test_what_somebody_else_expects_after_a_mid_sentence_cue_is_not_the_speakers():
    # "…, analysts said, and the company expects approval in May.": a clause after the cue whose new
    # subject expects, thinks or hopes is that subject's state of mind, told by the article, not more
    # of what the speaker said (as "…, said Mr Hale, but he did not think …" already is not).
    qs = quotes_of(
        """Kelco won approval in Kelso. Final approval in Dunmore should now be little more than a formality, analysts said, and the company expects full approval early next year."""
    )
    assert speaker(qs, "little more than a formality") == "analysts"
    assert not_quoted(qs, "the company expects")


def test_an_acronym_before_a_full_stop_ends_the_sentence():
    # "… for patients with MS. Final approval should be a formality, analysts said.": an acronym in
    # capitals is no title's abbreviation ("Ms."), so the sentence ends at its full stop and the next
    # one's closing cue reports only its own words.
    qs = quotes_of(
        """The drug is a landmark for Kelco and for patients with MS. Final approval in Dunmore should now be little more than a formality, analysts said."""
    )
    q = find(qs, "little more than a formality")
    assert q.speaker == "analysts" and q.text.startswith("Final approval")


def test_a_fronted_ahead_of_phrase_is_no_subject_in_apposition():
    # "Ahead of Mr Hale's launch, a Labour spokesperson said: “…”": "Ahead of …" is a fronted phrase of
    # time (like "Before …"), not a name the description after its comma stands beside.
    qs = quotes_of(
        """Tom Hale said students want action. Mr Hale also said students care about the environment.

Labour has pushed through plans to let universities charge fees. Ahead of Mr Hale's launch, a Labour spokesperson said: "Like the Tories, the Kelso Party would restrict access. "They are committed to abandoning our targets." """
    )
    assert speaker(qs, "restrict access") == "a Labour spokesperson"
    assert speaker(qs, "abandoning our targets") == "a Labour spokesperson"


def test_when_or_where_the_words_were_said_is_no_part_of_them():
    # "Kelso lawyer Tom Hale told BBC Sport earlier this week he was confident …", "Judge Ann Roe told
    # the hearing at the Kelso Institute the case could have …": a time or a place phrase between the
    # cue (and whom it told) and a clause with a subject of its own says when or where the words were
    # said; the words are the clause after it. A quantity is the clause's own ("said at least 11 of the
    # bodies had …").
    qs = quotes_of("""Kelso lawyer Tom Hale told BBC Sport earlier this week he was confident the sprinters would be cleared.""")
    assert find(qs, "confident").text.startswith("he was confident")
    qs = quotes_of("""Deputy High Court Judge Ann Roe told the hearing at the Kelso Institute the case could have serious consequences.""")
    assert find(qs, "serious consequences").text.startswith("the case could")
    qs = quotes_of("""Council leader Ann Roe said last week the plan would cost £5m.""")
    assert find(qs, "cost £5m").text.startswith("the plan")
    qs = quotes_of("""Author Tom Hale said at least 11 of the bodies had been set up since 1997.""")
    assert find(qs, "set up since 1997").text.startswith("at least")


def test_a_cue_with_its_speaker_after_the_verb_between_two_clauses():
    # "A typical episode was downloaded by about 100,000 people, said the report, and an estimated
    # 20,000 of those were from the UK": "said the report" set between a whole clause and an "and"
    # says both, as "the report said" there does.
    qs = quotes_of(
        """Kelso TV has published a report on piracy. A typical episode of the show was downloaded by about 100,000 people, said the report, and an estimated 20,000 of those were from within the UK."""
    )
    assert speaker(qs, "downloaded by about 100,000 people") == "the report"
    assert speaker(qs, "from within the UK") == "the report"


def test_a_cue_between_commas_may_say_where_it_was_spoken():
    # "The job of firms such as Kelco now, Ms Roe said in a speech at the Kelso Show, was to …": the
    # cue's own phrase of where or when runs to its closing comma; the words go on after it, from the
    # subject before the cue, as with "…, Ms Roe said, was to …".
    qs = quotes_of(
        """Ann Roe spoke in Kelso. The job of firms such as Kelco now, Ms Roe said in a speech at the Kelso Show, was to ensure the two worlds fully converged."""
    )
    assert find(qs, "two worlds fully converged").text.startswith("was to ensure")
    assert find(qs, "The job of firms").speaker == "Ann Roe"


def test_blamed_something_for_something_is_reported_as_criticised_for_is():
    # "It blamed a weaker dollar for its lower turnover", "…, blaming it for falling sales": blaming with
    # an object and "for" its complement is reported from the object on, as "blamed X on Y" and
    # "criticised X for Y" are.
    qs = quotes_of(
        """Kelco has cut its forecast. It blamed a weaker dollar for its lower turnover. Record labels are wary of file-sharing, blaming it for falling sales and piracy."""
    )
    assert find(qs, "weaker dollar").text == "a weaker dollar for its lower turnover"
    assert find(qs, "falling sales").text == "it for falling sales and piracy"
    assert speaker(qs, "falling sales") == "Record labels"


def test_attributed_something_to_something_is_reported():
    # "Analysts attributed the falls to excessive expectations", "The office attributed the fall to a
    # drop in …": putting something down to a cause is a speech act with an object and a "to" phrase
    # (a noun phrase, as after "likened"), reported from the object on; the passive names nobody.
    qs = quotes_of(
        """Kelco shares fell by 4%. Analysts attributed the falls to excessive expectations in some quarters. The office attributed the fall to a drop in the value of flats. The rise was attributed to the warm weather."""
    )
    assert speaker(qs, "excessive expectations") == "Analysts"
    assert find(qs, "value of flats").text == "the fall to a drop in the value of flats"
    assert not_quoted(qs, "warm weather")


def test_a_speech_participle_opening_the_sentence_is_the_main_clauses_speakers():
    # "Praising Kelso and Carlow for their efforts, she said: …", "Describing her son as “a good
    # person”, the mother-of-nine said …": a speech participle with an object and a complement that
    # opens the sentence reports its object and complement, up to its comma, for the speaker whose
    # speech verb heads the main clause.
    qs = quotes_of(
        """Ann Roe met the clubs on Monday. Praising Kelso and Carlow for their efforts, she said: "I do not think there is any doubt." """
    )
    assert find(qs, "Kelso and Carlow").text == "Kelso and Carlow for their efforts"
    assert speaker(qs, "Kelso and Carlow") == "Ann Roe"
    qs = quotes_of(
        """Tom Hale is on trial. His mother Ann Hale spoke on Sunday. Describing her son as "a good person", the mother-of-nine said she feared he would not get a fair trial."""
    )
    assert find(qs, "a good person").text == 'her son as "a good person"'
    assert speaker(qs, "a good person") == "Ann Hale"
    assert speaker(qs, "fair trial") == "Ann Hale"


def test_a_quote_left_open_ends_before_narration_in_the_third_person():
    # 'Mr Hale said: "It would be wrong for a chief to say sorry. He said that police should help
    # responsible people. "My view is …"': a quote whose closing mark is missing runs on into a sentence
    # that opens with "He said that …" (or closes with "…, he said.") and holds no "I" or "we": that
    # sentence is the article's account, reported, not more of the quoted words.
    qs = quotes_of(
        """Police chief Tom Hale spoke on Monday. However, Mr Hale said: "It would be wrong for a chief constable to say sorry. He said that police should make sure responsible people could benefit from the law. "My view is that I have a duty to help," he said."""
    )
    assert find(qs, "wrong for a chief constable").text.endswith("say sorry.")
    assert find(qs, "police should make sure").kind == "reported"
    assert speaker(qs, "police should make sure") == "Tom Hale"
    qs = quotes_of(
        """Kelco boss Ann Roe said: "We have been through five changes and survived. "Each one has cost some jobs. All companies said they were investing in new tools to keep staff numbers down."""
    )
    assert find(qs, "Each one has cost").text.endswith("some jobs.")
    assert speaker(qs, "investing in new tools") == "All companies"
    qs = quotes_of(
        """Striker Ben Vale has apologised. "I have learned my lesson," Vale added. "I do not have to overreact. Meanwhile, Kelso FA spokesman Tom Hale welcomed the apology and said no one had pressed Vale to apologise. "It makes him a bigger star," Hale said."""
    )
    assert find(qs, "do not have to overreact").text.endswith("overreact.")
    assert speaker(qs, "no one had pressed") == "Tom Hale"
    # (and before a named speaker's sentence the article has not met, with no "I" or "we" in it)
    qs = quotes_of(
        """Ben Vale won the final. Vale confirmed afterwards: "I am giving my prize money to the flood victims. Roe said he would give an unspecified amount to the relief effort. The Kelso Tour has announced that it would add $25,000."""
    )
    assert find(qs, "flood victims").text.endswith("flood victims.")
    assert find(qs, "unspecified amount").kind == "reported"
    # (and before a long sentence in which a person the article named speaks, ending in a colon)
    qs = quotes_of(
        """Labour's Tom Hale said: "The speech confirms what we have always said. He has no vision for the country. In reference to the appearance of Mr Vane's family on the stage with him, Mr Hale said: "He is entitled to pose with his family." """
    )
    assert find(qs, "no vision").text.endswith("for the country.")
    assert find(qs, "entitled to pose").cue == "Mr Hale said"


def test_a_speech_participle_with_that_ends_the_words_before_it_even_with_no_comma():
    # "Kelco said it was optimistic about its diet products saying that demand for rival diets is on
    # the wane": "saying that" with its comma left out still says new words, the speaker's own quote;
    # the first words end before it ("quoted as saying that" is no such participle).
    qs = quotes_of("""Kelco said it was optimistic about prospects for its diet products saying that demand for rival diets is on the wane.""")
    assert find(qs, "optimistic").text.endswith("diet products")
    assert speaker(qs, "on the wane") == "Kelco"


def test_a_naming_participle_with_no_comma_ends_the_words_before_it():
    # "Tory MP Tom Hale said he opposed the plans branding them a “regressive” step": the participle of
    # naming with its object, the comma before it left out, ends the reported words and is the same
    # speaker's (the one whose cue opened them), not the sentence's first capitalised word.
    qs = quotes_of("""Tory ex-minister Tom Hale said he opposed the plans for ID cards branding them a "regressive" step.""")
    assert find(qs, "opposed the plans").text.endswith("ID cards")
    assert speaker(qs, "regressive") == "Tom Hale"


def test_not_everyone_was_after_a_quote_is_the_articles_turn_to_other_views():
    # '"Other firms will follow suit," he said. But not everyone was as supportive.': the article turns
    # to other views; no more of the speaker's words.
    qs = quotes_of(
        """Tom Hale, head of Kelso Labs, said the move could change the way firms deal with patents. "I think other companies will follow suit," he said. But not everyone was as supportive."""
    )
    assert not_quoted(qs, "not everyone")


def test_a_title_before_a_closing_cues_name_is_no_part_of_the_words():
    # "The woman waited two years to sue, her lawyer, Tom Hale, said.": the title set between commas
    # before the speaker's name is theirs; the reported words end before it.
    qs = quotes_of("""The woman waited two years to sue because she was trying to reach a deal, her lawyer, Tom Hale, said.""")
    assert find(qs, "waited two years").text == "The woman waited two years to sue because she was trying to reach a deal"
    assert speaker(qs, "waited two years") == "Tom Hale"
    qs = quotes_of("""The club will appeal against the ban, its chairman, Ben Vale, said.""")
    assert find(qs, "appeal against").text == "The club will appeal against the ban"


def test_it_is_estimated_reports_an_estimate_nobody_is_named_for():
    # "It is estimated that …", "By the end of 2006, it is estimated that …", "…, it is estimated.": an
    # estimate nobody is named for, as "It is predicted that …" is a forecast (not "it is thought that
    # …", cognition).
    qs = quotes_of("""Broadband use is growing fast. By the middle of 2006, it is estimated that 60% of all Kelso net users will be on broadband.""")
    assert speaker(qs, "60% of all Kelso net users") == "unattributed"
    qs = quotes_of("""Ferry firms are struggling. It is estimated that the Kelso ferries are losing £2m each year.""")
    assert speaker(qs, "losing £2m each year") == "unattributed"
    qs = quotes_of("""Ferry firms are struggling. The Kelso ferries lost £2m last year, it is estimated.""")
    assert speaker(qs, "lost £2m last year") == "unattributed"
    qs = quotes_of("""Ferry firms are struggling. By the end of the year it is thought that the Kelso ferries will close.""")
    assert not_quoted(qs, "ferries will close")


def test_a_poll_share_speaks_in_a_clause_of_concession():
    # "…, though nearly a quarter said they struggled …": a share of the people a poll asked speaks in a
    # clause after "though", "although", "whereas" or "whilst" as after "but" or "while"; not in one of
    # reason, which may be the words of whoever the sentence quotes ("The makers suggest … because a
    # quarter said …").
    qs = quotes_of(
        """A poll by Ravel asked 800 shoppers about the new cards. Of these, 83% were happy with the cards, though nearly a quarter said they struggled to remember their pin number. Most liked the scheme, whereas a third said they would rather sign."""
    )
    assert speaker(qs, "struggled to remember") == "nearly a quarter"
    assert speaker(qs, "rather sign") == "a third"


def test_a_verb_with_its_own_object_reports_no_fronted_clause_before_it():
    # "As profits fell sharply in the third quarter, Kelco announced a review of its costs.": the verb's
    # object is what was announced (no words), and the clause fronted before the speaker is the
    # article's; a closing cue with only a time after it still reports the words before it.
    qs = quotes_of("""Kelco is in trouble. As profits fell sharply in the third quarter, Kelco announced a review of its costs.""")
    assert not_quoted(qs, "profits fell sharply")
    qs = quotes_of("""But if his ambitions were thwarted in the spring of 1994, Mr Hale continued his devotion to Kelso politics.""")
    assert not_quoted(qs, "ambitions were thwarted")
    qs = quotes_of("""Kelco is in trouble. Sales of the new phone fell by 20% in March, Kelco confirmed on Monday.""")
    assert speaker(qs, "Sales of the new phone") == "Kelco"


def test_plans_right_after_a_speech_verb_head_its_object():
    # "announced plans to cut 1,000 jobs", "announced plans for a new store": a clause opens with its
    # subject, so "plans" right after the verb is the noun heading the thing announced, not a verb;
    # a verb after it makes it the clause's subject ("announced plans would be shelved").
    qs = quotes_of("""Kelco is in trouble. The Kelso government has announced plans to cut 1,000 civil servants. Kelco announced plans for a new store in Ashby.""")
    assert not_quoted(qs, "cut 1,000 civil servants")
    assert not_quoted(qs, "new store in Ashby")
    qs = quotes_of("""Kelco is in trouble. Kelco announced plans for the Ashby store would be shelved after the vote.""")
    assert speaker(qs, "would be shelved") == "Kelco"


def test_an_object_whose_only_verb_form_is_an_adjective_is_no_clause():
    # "Tom Hale has finally revealed the full scale of his planned tax cuts": a word in -ed after a
    # determiner is an adjective, and an object with no verb past it is a noun phrase, no words.
    qs = quotes_of("""Tom Hale has finally revealed the full scale of his planned Kelso tax cuts. He said the cuts would cost £4bn.""")
    assert not_quoted(qs, "full scale")
    assert speaker(qs, "would cost £4bn") == "Tom Hale"


def test_plans_not_followed_by_to_is_a_noun_inside_an_object():
    # "The Greens announced their support for the council plans on Monday evening.": the verb "plans"
    # takes "to"; with anything else after it "plans" is a noun, and the object no clause.
    qs = quotes_of("""The Kelso council wants a new harbour. The Greens announced their support for the council plans on Monday evening.""")
    assert not_quoted(qs, "their support")
    qs = quotes_of("""The Kelso council wants a new harbour. The Greens confirmed the council plans to sell the old quay.""")
    assert speaker(qs, "sell the old quay") == "Greens"


def test_thanked_with_an_object_and_a_for_complement_is_reported():
    # "Kelso frontman Tom Hale thanked fans for enduring “rubbish gigs”": thanks given for something is
    # reported from the object on, as "praised X for Y" is; with no complement there are no words, the
    # one thanked is never the speaker, and the next sentence is the article's again.
    qs = quotes_of("""Kelso won the breakthrough prize. Kelso frontman Tom Hale thanked fans for enduring "rubbish gigs" in the early years.""")
    q = find(qs, "rubbish gigs")
    assert q.speaker == "Tom Hale"
    assert q.text.startswith("fans for enduring")
    qs = quotes_of("""In a statement, Kelco thanked Ms Roe for her services to the company. Its shares were down 8% on Thursday.""")
    assert speaker(qs, "her services") == "Kelco"
    assert not_quoted(qs, "shares were down")
    qs = quotes_of("""Kelso won the breakthrough prize. Tom Hale thanked the fans.""")
    assert not_quoted(qs, "the fans")
    qs = quotes_of("""The 40-year-old attended the unveiling with his mother, Ann, and thanked her for inspiring him to act.""")
    assert not any(q.speaker == "Ann" for q in qs)


def test_who_they_say_they_are_is_no_speech():
    # "… whether a user is who they say they are when they are online": the idiom of identity, no
    # cue of its own (it took the next paragraph's quote from the man told about it)
    qs = quotes_of(
        """More people are aware of the threats but they have little faith in banks, said security firm Vane Data.

Kelco is one of many firms, like Vane Data, trying to tackle fraud. Vane Data has a deal with a bank that lets people pay for a passcode service. Tom Hale, from Kelco, told the paper there are two steps to the process. The hardest is to check whether a user is who they say they are when they are online.

"The answer is to combine something the user knows with something they have." The method uses the chip in bank cards."""
    )
    assert not_quoted(qs, "when they are online")
    assert speaker(qs, "The answer is to combine") == "Tom Hale"


def test_expects_with_quoted_words_reports_them_as_a_verb_of_thinking_does():
    # "It expected 2005 to be a “year of change” …": a forecast with words in quotation marks is
    # reported, as "believes" / "fears" with quoted words are; without them it is no quote
    qs = quotes_of(
        """Kelco Mining made a loss of £10m last year after floods shut two pits. The company said new machines should "significantly lift earnings". It expected 2005 to be a "year of change" and to return to profit in 2006. It also expected prices to rise."""
    )
    assert speaker(qs, "year of change") == speaker(qs, "significantly lift earnings")
    assert find(qs, "year of change").text.startswith("2005 to be")
    assert not_quoted(qs, "prices to rise")


def test_a_fronted_clause_closed_by_an_aside_in_dashes_opens_the_reported_clause():
    # "said as both parties planned cuts - Labour of 8,000 and the Greens of 10,000 - they should …":
    # the dash closing the aside stands for the comma before the main clause
    qs = quotes_of(
        """Tom Hale wants fewer MPs. Mr Hale said as both parties planned to cut staff at the ministries - Labour by more than 8,000 and the Greens by almost 10,000 - they should accept a similar drop in their own numbers."""
    )
    assert speaker(qs, "accept a similar drop") == "Tom Hale"


def test_explained_with_a_noun_phrase_object_reports_no_words():
    # "explained his reasons to voters at a meeting in Kelso": a thing explained, no clause of words;
    # with a clause it is still a cue ("explained the plan was a response to polling")
    qs = quotes_of(
        """Tom Hale has quit the Kelso Party. Mr Hale explained his reasons to his constituents at a meeting in Ashby. Ann Roe explained the plan was a response to polling by the party."""
    )
    assert not_quoted(qs, "his reasons")
    assert speaker(qs, "a response to polling") == "Ann Roe"


def test_an_object_pronoun_before_a_linker_is_no_clause_subject():
    # "made a hash of claiming it as the ball bounced into touch": the ball taken, no words; a subject
    # "it" has its verb right after it ("claimed it was a try")
    qs = quotes_of(
        """Kelso lost 20-13 at Ashby. Full-back Tom Hale made a hash of claiming it as the ball bounced into touch. Coach Ben Vane claimed it was a try."""
    )
    assert not_quoted(qs, "as the ball bounced")
    assert speaker(qs, "it was a try") == "Ben Vane"


def test_a_pronoun_clause_in_another_tense_after_the_words_is_narration():
    # "… that his interest goes beyond a stunt, and he gave a glowing tribute to …": a plain past
    # after words in the present; "insisted he did not know the date, but it is widely expected to
    # be 5 May": the present after backshifted words; neither is more of the words (under "says" a
    # "would" is no backshift: "says it would wait but it has legal advice" goes on)
    qs = quotes_of(
        """Tom Hale is at pains to point out that his interest goes well beyond any stunt, and he gave a glowing tribute to the Kelso coaches. Ann Roe insisted she did not know the poll date, but it is widely expected to be 5 May. The Kelso Party says it would expect the watchdog to act but it has clear legal advice on the issue."""
    )
    assert find(qs, "his interest goes").text.endswith("any stunt")
    assert find(qs, "she did not know").text.endswith("poll date")
    assert find(qs, "it would expect").text.endswith("on the issue")


def test_a_named_subject_clause_in_the_present_after_backshifted_words_is_narration():
    # "claimed the race would be between himself and Tom Hale but McIlroy is unfazed": a name's
    # clause in the present after words a past cue backshifted is the article's, as a pronoun's is
    qs = quotes_of(
        """Ben Vane won in Ashby last week and then claimed the title race would be between himself and Tom Hale but McIlroy is unfazed."""
    )
    assert find(qs, "the title race").text.endswith("Tom Hale")


def test_a_pronoun_clause_in_the_present_after_a_plain_past_is_narration():
    # "suggesting the party planned cuts - but he wants to stay": a present after words in the plain
    # past, joined on by a dash and "but" too, is the article's account of the speaker now
    qs = quotes_of(
        """Tom Hale quit as party chairman after suggesting the Kelso Party planned extra cuts - but he wants to stay on as an MP. At first, Ann Roe claimed she took the drug for a cold but she now takes full responsibility."""
    )
    assert find(qs, "planned extra cuts").text.endswith("extra cuts")
    assert find(qs, "took the drug").text.endswith("for a cold")


def test_a_dash_and_after_words_with_no_verb_opens_the_articles_clause():
    # "described the cup as the “be all and end all” - and rumours persist …": after an object and its
    # complement a dash with "and" opens a clause of the article's; not a dash pair around an aside
    # ("revealed his sending-off - and the media storm - had been the key moment")
    qs = quotes_of(
        """Tom Hale has signed a new deal. Last week he described the cup as the "be all and end all" - and rumours persist that he will leave Kelso. Ben Vane, 30, also revealed his sending-off against Ashby - and the resulting media storm - had been the most significant moment in his career."""
    )
    assert find(qs, "be all and end all").text.endswith('end all"')
    assert not_quoted(qs, "rumours persist")
    assert find(qs, "his sending-off").text.endswith("in his career")


def test_others_view_set_against_the_words_ends_them():
    # "…, while others fear it will hurt small firms", "…, although some speculate that …": a view of
    # others after "while" / "although", with a verb of thinking too, is no more of the speaker's words
    qs = quotes_of(
        """Some Kelso firms say the patent law is needed to protect inventions, while others fear it will hurt smaller firms. Kelco now estimates the number of blogs has passed four million, although some speculate that less than a quarter are kept up."""
    )
    assert find(qs, "needed to protect").text.endswith("inventions")
    assert find(qs, "number of blogs").text.endswith("four million")


def test_a_contrast_with_its_own_subject_in_the_perfect_ends_the_words():
    # "The Greens claim they can cut taxes, while Labour has offered £2bn savings": the other
    # side's deed after "while" is the article's; not in parallel with words in the perfect
    qs = quotes_of(
        """The Greens claim they can improve services and cut taxes through £3bn of savings, while Labour has offered £2bn savings. Ashby analysts claim rich shoppers have cut back on spending, while poorer shoppers have reined in spending on fuel."""
    )
    assert find(qs, "improve services").text.endswith("£3bn of savings")
    assert find(qs, "rich shoppers").text.endswith("spending on fuel")


def test_a_concession_with_the_speakers_own_recognition_or_praise_ends_the_words():
    # "denied ever taking banned drugs, although she praised a supplement Kelco marketed", "said it was
    # not for profit, though he recognised that makers would profit": the concession is a verb of the
    # speaker's own, as "although it warned that …" is
    qs = quotes_of(
        """Ann Roe has never failed a test. Ms Roe denied ever taking banned drugs since the Kelso inquiry began, although she praised a supplement Kelco marketed. Tom Hale said this was a not for profit venture, though he recognised that the makers of the parts would be making money."""
    )
    assert find(qs, "ever taking banned drugs").text.endswith("inquiry began")
    assert find(qs, "not for profit").text.endswith("venture")


def test_a_for_inside_the_topic_after_over_is_no_complement():
    # "criticised Kelso over the issue of equal prize money for women": "over" gives the topic, and the
    # "for" inside it no complement of the criticism (but "criticised Ashby for failing to act" has one)
    qs = quotes_of(
        """Tennis star Ann Roe has criticised Kelso over the issue of equal prize money for women. Tom Hale criticised Ashby for failing to act on the issue."""
    )
    assert not_quoted(qs, "equal prize money")
    assert speaker(qs, "failing to act") == "Tom Hale"


def test_a_two_word_place_does_not_stop_a_backshifted_continuation():
    # "He would continue the campaign when he contested a seat in the East Kelso region.": a place of two
    # words is nobody the article turns to, so the sentence goes on with the speaker's words
    qs = quotes_of(
        """Tom Hale has quit the Kelso Party. He said his belief in the cause had not changed. He would continue that campaign outside the party when he contested the election in an East Kelso seat."""
    )
    assert speaker(qs, "He would continue") == "Tom Hale"


def test_the_words_of_a_free_relative_are_its_predicate_only():
    # "another of what critics claim depicted Tom Hale as a villain, prompted accusations of bias, claims
    # denied by the party": the words end where the sentence's own verb goes on, and "claims denied by
    # the party" is a noun with its participle, no cue
    qs = quotes_of(
        """The Kelso Party posters, including one of flying pigs and another of what critics claim depicted Tom Hale as a villain, prompted accusations of bias, claims denied by the party. The Greens have published what they say are the full costs of their plans and Ann Roe's speech did not announce new policies."""
    )
    assert find(qs, "depicted Tom Hale").text.endswith("as a villain")
    assert not_quoted(qs, "denied by the party")
    assert find(qs, "the full costs").text.endswith("of their plans")


def test_asked_in_an_aside_after_the_subject_is_no_cue():
    # "Tom Hale, asked about Ms Roe's remark by reporters, said it was important …": a passive in the
    # aside; the cue is the verb after it, and its words start there
    qs = quotes_of(
        """Kelso leader Tom Hale, asked about Ms Roe's remark by reporters, said it was important for politicians to be careful about the language they use."""
    )
    assert find(qs, "it was important").text.startswith("it was important")
    assert not_quoted(qs, "by reporters")


def test_a_verb_after_and_goes_on_with_the_subordinate_clause_before_it():
    # "says the project is only possible because PCs are now cheap and have built-in sound": "have" fits
    # the plural verb of the "because" clause right before it, so the words go on (not "says the plan
    # is good, and have …": a comma sets it apart)
    qs = quotes_of(
        """The Kelso team says this project is only possible because PCs are now so much cheaper and have built-in audio and video hardware."""
    )
    assert find(qs, "this project is only possible").text.endswith("video hardware")


def test_both_and_joins_two_verbs_of_the_reported_clause():
    # "the rival airlines say it has both broken state aid rules and threatened competition": the "and"
    # of "both … and" is the clause's own, not the speaker going on to threaten
    qs = quotes_of(
        """Kelso Air got a loan from the state. But the rival airlines say it has both broken state aid rules and threatened competition."""
    )
    assert find(qs, "broken state aid rules").text.endswith("threatened competition")


def test_a_passive_speech_verb_with_no_agent_after_but_is_no_new_cue():
    # "says surveys are allowed but people had to be told if data was kept": a passive with no agent
    # names nobody who speaks, so the words go on; with its agent it is a new source ("… but the move
    # was criticised by some analysts")
    qs = quotes_of(
        """The Kelso watchdog says surveys are allowed but people had to be told if personal data was kept. The Ashby Bank said it had acted to curb inflation but the move was criticised by some analysts."""
    )
    assert find(qs, "surveys are allowed").text.endswith("data was kept")
    assert find(qs, "acted to curb inflation").text.endswith("curb inflation")


def test_a_verb_after_an_aside_or_a_list_makes_the_object_a_clause():
    # "announced its deal with Kelso, which gave it the right to make shirts, would end in 2006", "confirmed
    # its chairman, finance chief and company secretary were all in custody": the verb after the aside or
    # the list is the clause's own (but "reported a 20% rise in profits, and it has …" is an object)
    qs = quotes_of(
        """In January, Ashby Sports announced its deal with Kelso, which gave it the right to make replica shirts, would end in 2006. Kelco confirmed its chairman, finance chief and company secretary were all in custody. Hale Bank reported a 20% rise in profits to £3bn, and it has recently forecast similar gains."""
    )
    assert speaker(qs, "would end in 2006") == "Ashby Sports"
    assert speaker(qs, "were all in custody") == "Kelco"
    assert not_quoted(qs, "a 20% rise")


def test_a_claim_another_party_denies_is_no_more_of_the_words():
    # "…, a charge the company denies", "…, a claim denied by the minister": the article names the words
    # a claim that somebody else rejects; that aside is its own
    qs = quotes_of(
        """Victims' groups are suing Kelco, accusing it of trying to escape its debts by moving abroad, a charge the company denies. Ashby economists say there is a £10bn "black hole" in the public finances, a claim denied by the minister."""
    )
    assert find(qs, "escape its debts").text.endswith("moving abroad")
    assert find(qs, "black hole").text.endswith("public finances")


def test_quoted_words_in_a_relative_clause_on_the_speaker_leave_the_words_before_the_cue():
    # "Hale could hardly stand up, said a Kelso spokesman, who added he is now “resting”.": the
    # marks belong to the relative clause's words, so the clause before the cue is still reported
    qs = quotes_of(
        """The band cancelled the Ashby date. Hale could hardly stand up, said a Kelso Records spokesman, who added he is now "resting" in hospital."""
    )
    assert find(qs, "could hardly stand up").speaker == "a Kelso Records spokesman"
