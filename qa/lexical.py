"""The lexical half of retrieval: stemmed tokens and BM25 (``bm25s``, sparse matrices, no pickle).

>>> tokenize("What did Blinken say about migrants?")
['blinken', 'migrant']
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import bm25s
import numpy as np
import Stemmer

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can could did didn't do does doesn't doing don't down during each
    few for from further had has have having he her here hers herself him himself his how i if in
    into is isn't it it's its itself let's me more most my myself no nor not of off on once only or
    other our ours ourselves out over own same she should so some such than that that's the their
    theirs them themselves then there there's these they this those through to too under until up
    very was wasn't we were what what's when where which while who whom why will with would you your
    yours yourself yourselves also s t just can't won't article say says said tell told according
    mention mentions mentioned talk talked discuss discussed think thinks""".split()
)
# bm25s sets its own logger to DEBUG; its progress chatter is not ours to show.
logging.getLogger("bm25s").setLevel(logging.WARNING)
# A possessive ending at the end of a word ("the UK's"), and the parts of words: apostrophes and
# hyphens split words ("rock'n'roll" → rock, n, roll; "chip-and-pin" → chip, and, pin).
_POSSESSIVE = re.compile(r"'s(?![\w'-])")
# The plural of an acronym, which the stemmer leaves alone ("MPs", "DVDs": no vowel to stem by).
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")
_PART = re.compile(r"\w+")
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# Irregular past forms, participles and plurals → their base word, which the stemmer then stems as
# it does the regular forms: "When did they meet?" is asked of a sentence saying "met", "How many did
# it sell?" of "sold". Forms that are as often other words are left out ("left", "lay", "bore",
# "wound", "ground", "lit"); "saw" is kept, the tool being rare in news.
IRREGULAR = {
    form: base
    for base, forms in {
        "arise": "arose arisen", "awake": "awoke awoken", "beat": "beaten", "become": "became", "begin": "began begun",
        "bend": "bent", "bite": "bitten", "bleed": "bled", "blow": "blew blown", "break": "broke broken", "breed": "bred",
        "bring": "brought", "build": "built", "burn": "burnt", "buy": "bought", "catch": "caught", "choose": "chose chosen",
        "cling": "clung", "come": "came", "creep": "crept", "deal": "dealt", "dig": "dug", "draw": "drew drawn",
        "dream": "dreamt", "drink": "drank drunk", "drive": "drove driven", "eat": "ate eaten", "fall": "fell fallen",
        "feed": "fed", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled", "fling": "flung", "fly": "flew flown",
        "forbid": "forbade forbidden", "forget": "forgot forgotten", "forgive": "forgave forgiven", "freeze": "froze frozen",
        "get": "got gotten", "give": "gave given", "go": "went gone", "grow": "grew grown", "hang": "hung", "hear": "heard",
        "hide": "hid hidden", "hold": "held", "keep": "kept", "kneel": "knelt", "know": "knew known", "lead": "led",
        "leap": "leapt", "learn": "learnt", "lend": "lent", "lose": "lost", "make": "made", "mean": "meant", "meet": "met",
        "overcome": "overcame", "overtake": "overtook overtaken", "pay": "paid", "prove": "proven", "ride": "rode ridden",
        "ring": "rang rung", "rise": "rose risen", "run": "ran", "see": "saw seen", "seek": "sought", "sell": "sold",
        "send": "sent", "shake": "shook shaken", "shine": "shone", "shoot": "shot", "shrink": "shrank shrunk",
        "sing": "sang sung", "sink": "sank sunk", "sit": "sat", "sleep": "slept", "slide": "slid", "speak": "spoke spoken",
        "speed": "sped", "spend": "spent", "spin": "spun", "stand": "stood", "steal": "stole stolen", "stick": "stuck",
        "sting": "stung", "strike": "struck stricken", "strive": "strove striven", "swear": "swore sworn", "sweep": "swept",
        "swim": "swam swum", "swing": "swung", "take": "took taken", "teach": "taught", "tear": "tore torn",
        "throw": "threw thrown", "understand": "understood", "undertake": "undertook undertaken", "wake": "woke woken",
        "wear": "wore worn", "weave": "wove woven", "weep": "wept", "win": "won", "withdraw": "withdrew withdrawn",
        "write": "wrote written", "child": "children", "man": "men", "woman": "women", "foot": "feet", "tooth": "teeth",
        "mouse": "mice", "goose": "geese",
    }.items()
    for form in forms.split()
}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop words dropped, irregular forms made regular (``IRREGULAR``), Snowball-stemmed;
    apostrophes and hyphens split words, thousands separators do not ("1,000" is "1000")."""
    low = _POSSESSIVE.sub("", _ACRONYM_PLURAL.sub(r"\1", text).lower().replace("’", "'")).replace("won't", "will not")
    low = _DIGIT_GROUP.sub("", low)  # "1,000" is "1000"
    words = [IRREGULAR.get(w, w) for w in _PART.findall(low) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return _stemmer().stemWords(words)


class BM25:
    """BM25 over a list of texts; ``scores(query)`` gives one score per text."""

    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._docs = [tokenize(t) for t in texts]
        self._bm25 = bm25s.BM25()
        if texts:
            # bm25s needs at least one token per document; an empty one gets a placeholder.
            self._bm25.index([d or ["\u2205"] for d in self._docs], show_progress=False)
        postings: dict[str, list[int]] = {}
        for i, d in enumerate(self._docs):
            for tok in set(d):
                postings.setdefault(tok, []).append(i)
        # Which texts hold each token (ascending ids), and in how many.
        self._postings = {tok: np.asarray(ids, dtype=np.int64) for tok, ids in postings.items()}
        self.doc_freq: dict[str, int] = {tok: len(ids) for tok, ids in postings.items()}

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        if not self.size or not query_tokens:
            return np.zeros(self.size, dtype=np.float32)
        known = [t for t in query_tokens if t in self.doc_freq]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def idf(self, token: str, *alike: str) -> float:
        """Smoothed inverse document frequency; a token the corpus lacks gets the highest value.
        With ``alike`` tokens, of the texts holding any of them (the token and its equals as one)."""
        if alike:
            having = [self._postings[t] for t in (token, *alike) if t in self._postings]
            df = len(np.unique(np.concatenate(having))) if having else 0
        else:
            df = self.doc_freq.get(token, 0)
        return float(np.log(1.0 + (self.size - df + 0.5) / (df + 0.5)))

    def tokens(self, i: int) -> list[str]:
        return self._docs[i]

    def holds(self, token: str, ids: np.ndarray) -> np.ndarray:
        """For each text id in ``ids``: whether that text contains ``token``."""
        having = self._postings.get(token)
        if having is None:
            return np.zeros(len(ids), dtype=bool)
        at = np.minimum(np.searchsorted(having, ids), len(having) - 1)
        return having[at] == ids
