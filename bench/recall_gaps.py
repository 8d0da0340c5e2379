"""Where recall is lost: the arguments of event verbs in sentences that gave no event triple.

On the sample of ``event_density.py`` (the ``isot-true-`` records of news-bench, shuffled with
``random.Random(31)``, first ``--n``), every sentence is parsed with kgraph's pipeline. In the
sentences that gave no asserted event triple, each verb that is an event cue (a verb
of the hand lexicon or of CAMEO's verb dictionary) is looked at, with its subject and its
object, and each of the two is sorted into:

- ``actor``: a resolved actor (kgraph_actors span) covers the word;
- ``pronoun``: a personal pronoun ("he", "it", "they", "we");
- ``relative``: a relative pronoun ("who", "which", "that");
- ``noun``: any other word, no actor ("the measure", "officials", "the company");
- ``none``: no subject (none of its own nor of the clauses it hangs on), or no object.

A verb with no subject of its own (an infinitive, a participle, a conjoined verb) takes the
subject of the clause it hangs on, as the rules do.

The table of the two says which step loses the events: cue verbs with two actors and no
triple are the rules' gap; a pronoun or relative on one side and an actor on the other is
the pronoun rules' gap; a plain noun next to an actor is the agent lexicon's (or no actor
at all). The most frequent verbs and nouns of each follow.

    python bench/recall_gaps.py            # 200 articles
    python bench/recall_gaps.py --n 800 --top 25
    python bench/recall_gaps.py --examples 40   # the two-actor sentences, verb in brackets

The article texts are read from ``../shared/corpus`` and never written anywhere.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_density import CORPUS, documents, sample_records  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.lexicon import Lexicon

PERSONAL = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this", "these"}
    | {"those", "one"}
)
RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})
# clauses whose subject is their head's: infinitives, participles, conjoined verbs
CLIMB = frozenset({"xcomp", "advcl", "conj", "pcomp"})
CLASSES = ("actor", "pronoun", "relative", "noun", "none")


def is_cue(token: Token, lexicon: Lexicon) -> bool:
    """A verb the hand lexicon or CAMEO's dictionary has as an event cue."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in lexicon.verbs:
        return True
    return lexicon.cameo is not None and bool(lexicon.cameo.entries(token))


def subject_of(verb: Token) -> Token | None:
    """The acting noun: the by-agent of a passive, else the subject; a verb without one takes
    it from the clause it hangs on (an infinitive, a participle, a conjoined verb: "Russia
    agreed to send troops", "militants fighting the army"), up to three clauses up."""
    for _ in range(4):
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
            return None
        found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if found is not None:
            return found
        if verb.dep_ == "acl":  # a participle on a noun: the noun acts
            return verb.head
        if verb.dep_ not in CLIMB or verb.head is verb:
            return None
        verb = verb.head
    return None


def object_of(verb: Token) -> Token | None:
    """The undergoer: the direct object, the passive subject, else a preposition's object."""
    for dep in ("dobj", "nsubjpass", "dative"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        found = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def kind(token: Token | None, covered: set[int]) -> str:
    if token is None:
        return "none"
    if token.i in covered:
        return "actor"
    word = token.lower_
    if token.tag_ in ("WDT", "WP", "WP$") or (word in RELATIVE and token.dep_ != "det"):
        return "relative"
    if token.pos_ == "PRON" or word in PERSONAL:
        return "pronoun"
    return "noun"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    parser.add_argument("--n", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--top", type=int, default=15, help="verbs and nouns listed (15)")
    parser.add_argument(
        "--examples", type=int, default=0, help="print N sentences with two actors and no triple"
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        parser.error(f"{args.corpus}: no such corpus (it lives in ../shared/corpus)")

    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.nlp import load_pipeline

    nlp = load_pipeline()
    lexicon = load_lexicon()
    pairs: Counter[tuple[str, str]] = Counter()
    both_actors: Counter[str] = Counter()  # verb lemmas with two actors and no triple
    examples: list[str] = []
    nouns_by_actor: Counter[str] = Counter()  # a plain noun on one side, an actor on the other
    pronouns_by_actor: Counter[str] = Counter()
    sentences = with_event = 0
    for document in documents(sample_records(args.corpus, args.n)):
        doc = nlp.make_doc(document.text)
        doc._.kgraph_id, doc._.kgraph_date = document.id, document.date
        doc = nlp(doc)
        covered = {i for span in doc.spans["kgraph_actors"] for i in range(span.start, span.end)}
        starts = {  # every asserted event triple, repeats too (the density counts distinct)
            t.evidence.start
            for t in doc._.kgraph_triples
            if t.status == "asserted" and t.plover is not None
        }
        for sent in doc.sents:
            sentences += 1
            if any(sent.start_char <= s < sent.end_char for s in starts):
                with_event += 1
                continue
            for verb in (t for t in sent if is_cue(t, lexicon)):
                subject, obj = subject_of(verb), object_of(verb)
                a, b = kind(subject, covered), kind(obj, covered)
                pairs[a, b] += 1
                if a == b == "actor":
                    both_actors[verb.lemma_.lower()] += 1
                    if len(examples) < args.examples:
                        words = [f"[{t.text}]" if t.i == verb.i else t.text for t in sent]
                        examples.append(f"{document.id}: {' '.join(words)}")
                for this, that, token in ((a, b, subject), (b, a, obj)):
                    if that == "actor" and token is not None and this == "noun":
                        nouns_by_actor[token.lemma_.lower()] += 1
                    elif that == "actor" and token is not None and this == "pronoun":
                        pronouns_by_actor[token.lower_] += 1

    verbs = sum(pairs.values())
    print(
        f"{args.n} articles, {sentences:,} sentences, {with_event:,} with an event triple; "
        f"{verbs:,} event-cue verbs in the other {sentences - with_event:,}"
    )
    print("\nsubject \\ object  " + "".join(f"{c:>9}" for c in CLASSES) + "      all")
    for a in CLASSES:
        row = [pairs[a, b] for b in CLASSES]
        if any(row):
            cells = "".join(f"{n:>9,}" for n in row)
            print(f"{a:<17} {cells} {sum(row):>8,} ({sum(row) / verbs:.0%})")
    actor_side = sum(n for (a, b), n in pairs.items() if "actor" in (a, b))
    print(f"\nwith an actor on at least one side: {actor_side:,} ({actor_side / verbs:.0%})")
    for title, counts in (
        ("two actors, no triple (verbs)", both_actors),
        ("a plain noun beside an actor (nouns)", nouns_by_actor),
        ("a personal pronoun beside an actor", pronouns_by_actor),
    ):
        listed = ", ".join(f"{k} {v}" for k, v in counts.most_common(args.top))
        print(f"{title}: {sum(counts.values()):,}; {listed}")
    for line in examples:
        print(f"\n  {' '.join(line.split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
