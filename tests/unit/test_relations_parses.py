"""Hand-built parses of the example sentences of the relation rules, fixed as data.

Each row is (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed it
once; the unit tests rebuild the Doc from these rows, so they need no model and a model
upgrade cannot change them.
"""

from __future__ import annotations

import functools

from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity, Triple

SENTENCES: dict[str, tuple[str, list[tuple[str, str, str, str, str, int]]]] = {
    "svo_supply": (
        "Russia supplied arms to Venezuela.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("supplied", "supply", "VERB", "VBD", "ROOT", 1),
            ("arms", "arm", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Venezuela", "Venezuela", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "passive": (
        "The talks were mediated by Norway.",
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("talks", "talk", "NOUN", "NNS", "nsubjpass", 3),
            ("were", "be", "AUX", "VBD", "auxpass", 3),
            ("mediated", "mediate", "VERB", "VBN", "ROOT", 3),
            ("by", "by", "ADP", "IN", "agent", 3),
            ("Norway", "Norway", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "reduced_relative": (
        "Negotiations with the government, mediated by Norway, have stalled.",
        [
            ("Negotiations", "negotiation", "NOUN", "NNS", "nsubj", 10),
            ("with", "with", "ADP", "IN", "prep", 0),
            ("the", "the", "DET", "DT", "det", 3),
            ("government", "government", "NOUN", "NN", "pobj", 1),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("mediated", "mediate", "VERB", "VBN", "acl", 0),
            ("by", "by", "ADP", "IN", "agent", 5),
            ("Norway", "Norway", "PROPN", "NNP", "pobj", 6),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("have", "have", "AUX", "VBP", "aux", 10),
            ("stalled", "stall", "VERB", "VBN", "ROOT", 10),
            (".", ".", "PUNCT", ".", "punct", 10),
        ],
    ),
    "conj_backers": (
        "Moscow has been one of Maduro's biggest backers and has provided loans to Venezuela.",
        [
            ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 2),
            ("has", "have", "AUX", "VBZ", "aux", 2),
            ("been", "be", "AUX", "VBN", "ROOT", 2),
            ("one", "one", "NUM", "CD", "attr", 2),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Maduro", "Maduro", "PROPN", "NNP", "poss", 8),
            ("'s", "'s", "PART", "POS", "case", 5),
            ("biggest", "big", "ADJ", "JJS", "amod", 8),
            ("backers", "backer", "NOUN", "NNS", "pobj", 4),
            ("and", "and", "CCONJ", "CC", "cc", 2),
            ("has", "have", "AUX", "VBZ", "aux", 11),
            ("provided", "provide", "VERB", "VBN", "conj", 2),
            ("loans", "loan", "NOUN", "NNS", "dobj", 11),
            ("to", "to", "ADP", "IN", "dative", 11),
            ("Venezuela", "Venezuela", "PROPN", "NNP", "pobj", 13),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
    ),
    "reported": (
        "Cuba said Russia attacked Ukraine.",
        [
            ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
            ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "control": (
        "Russia agreed to send troops to Syria.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("agreed", "agree", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("send", "send", "VERB", "VB", "xcomp", 1),
            ("troops", "troop", "NOUN", "NNS", "dobj", 3),
            ("to", "to", "ADP", "IN", "prep", 3),
            ("Syria", "Syria", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "relative_pronoun": (
        "Putin, who said he backed negotiations, met Maduro.",
        [
            ("Putin", "Putin", "PROPN", "NNP", "nsubj", 8),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("who", "who", "PRON", "WP", "nsubj", 3),
            ("said", "say", "VERB", "VBD", "relcl", 0),
            ("he", "he", "PRON", "PRP", "nsubj", 5),
            ("backed", "back", "VERB", "VBD", "ccomp", 3),
            ("negotiations", "negotiation", "NOUN", "NNS", "dobj", 5),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("met", "meet", "VERB", "VBD", "ROOT", 8),
            ("Maduro", "Maduro", "PROPN", "NNP", "dobj", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
    ),
    "locative": (
        "Venezuela, where Russia has major investments, is in crisis.",
        [
            ("Venezuela", "Venezuela", "PROPN", "NNP", "nsubj", 8),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("where", "where", "SCONJ", "WRB", "advmod", 4),
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 4),
            ("has", "have", "VERB", "VBZ", "relcl", 0),
            ("major", "major", "ADJ", "JJ", "amod", 6),
            ("investments", "investment", "NOUN", "NNS", "dobj", 4),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("is", "be", "AUX", "VBZ", "ROOT", 8),
            ("in", "in", "ADP", "IN", "prep", 8),
            ("crisis", "crisis", "NOUN", "NN", "pobj", 9),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
    ),
    "title": (
        "Venezuelan President Nicolas Maduro met Putin.",
        [
            ("Venezuelan", "venezuelan", "ADJ", "JJ", "amod", 1),
            ("President", "President", "PROPN", "NNP", "compound", 3),
            ("Nicolas", "Nicolas", "PROPN", "NNP", "compound", 3),
            ("Maduro", "Maduro", "PROPN", "NNP", "nsubj", 4),
            ("met", "meet", "VERB", "VBD", "ROOT", 4),
            ("Putin", "Putin", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ],
    ),
    "negated": (
        "Russia did not attack Ukraine.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
            ("did", "do", "AUX", "VBD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3),
            ("attack", "attack", "VERB", "VB", "ROOT", 3),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "refused": (
        "Iran refused to meet the United States.",
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("meet", "meet", "VERB", "VB", "xcomp", 1),
            ("the", "the", "DET", "DT", "det", 6),
            ("United", "United", "PROPN", "NNP", "compound", 6),
            ("States", "States", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "future": (
        "China will impose sanctions on Japan.",
        [
            ("China", "China", "PROPN", "NNP", "nsubj", 2),
            ("will", "will", "AUX", "MD", "aux", 2),
            ("impose", "impose", "VERB", "VB", "ROOT", 2),
            ("sanctions", "sanction", "NOUN", "NNS", "dobj", 2),
            ("on", "on", "ADP", "IN", "prep", 2),
            ("Japan", "Japan", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
    ),
    "warned_against": (
        "The United States warned Russia against sending troops to Syria.",
        [
            ("The", "the", "DET", "DT", "det", 2),
            ("United", "United", "PROPN", "NNP", "compound", 2),
            ("States", "States", "PROPN", "NNP", "nsubj", 3),
            ("warned", "warn", "VERB", "VBD", "ROOT", 3),
            ("Russia", "Russia", "PROPN", "NNP", "dobj", 3),
            ("against", "against", "ADP", "IN", "prep", 3),
            ("sending", "send", "VERB", "VBG", "pcomp", 5),
            ("troops", "troop", "NOUN", "NNS", "dobj", 6),
            ("to", "to", "ADP", "IN", "dative", 6),
            ("Syria", "Syria", "PROPN", "NNP", "pobj", 8),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "which_antecedent": (
        "Israel rejected talks with Hamas, which Egypt has backed.",
        [
            ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
            ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
            ("talks", "talk", "NOUN", "NNS", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 2),
            ("Hamas", "Hamas", "PROPN", "NNP", "pobj", 3),
            (",", ",", "PUNCT", ",", "punct", 4),
            ("which", "which", "PRON", "WDT", "dobj", 9),
            ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 9),
            ("has", "have", "AUX", "VBZ", "aux", 9),
            ("backed", "back", "VERB", "VBN", "relcl", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "nominal_poss": (
        "Russia's support for Syria angered Turkey.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
            ("'s", "'s", "PART", "POS", "case", 0),
            ("support", "support", "NOUN", "NN", "nsubj", 5),
            ("for", "for", "ADP", "IN", "prep", 2),
            ("Syria", "Syria", "PROPN", "NNP", "pobj", 3),
            ("angered", "anger", "VERB", "VBD", "ROOT", 5),
            ("Turkey", "Turkey", "PROPN", "NNP", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
    ),
    "visit": (
        "Maduro left for a state visit to Russia.",
        [
            ("Maduro", "Maduro", "PROPN", "NNP", "nsubj", 1),
            ("left", "leave", "VERB", "VBD", "ROOT", 1),
            ("for", "for", "ADP", "IN", "prep", 1),
            ("a", "a", "DET", "DT", "det", 5),
            ("state", "state", "NOUN", "NN", "compound", 5),
            ("visit", "visit", "NOUN", "NN", "pobj", 2),
            ("to", "to", "ADP", "IN", "prep", 5),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "urged": (
        "The United States urged China to release the activists.",
        [
            ("The", "the", "DET", "DT", "det", 2),
            ("United", "United", "PROPN", "NNP", "compound", 2),
            ("States", "States", "PROPN", "NNP", "nsubj", 3),
            ("urged", "urge", "VERB", "VBD", "ROOT", 3),
            ("China", "China", "PROPN", "NNP", "dobj", 3),
            ("to", "to", "PART", "TO", "aux", 6),
            ("release", "release", "VERB", "VB", "xcomp", 3),
            ("the", "the", "DET", "DT", "det", 8),
            ("activists", "activist", "NOUN", "NNS", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "joint": (
        "Putin and Maduro attended a meeting in Moscow.",
        [
            ("Putin", "Putin", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Maduro", "Maduro", "PROPN", "NNP", "conj", 0),
            ("attended", "attend", "VERB", "VBD", "ROOT", 3),
            ("a", "a", "DET", "DT", "det", 5),
            ("meeting", "meeting", "NOUN", "NN", "dobj", 3),
            ("in", "in", "ADP", "IN", "prep", 5),
            ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "topic_random": (
        "Russia backed the house.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("backed", "back", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("house", "house", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "meets_back": (
        "Putin met Maduro.",
        [
            ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
            ("met", "meet", "VERB", "VBD", "ROOT", 1),
            ("Maduro", "Maduro", "PROPN", "NNP", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "which_person": (
        "Russia entered talks with Maduro, which Cuba has rejected.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("entered", "enter", "VERB", "VBD", "ROOT", 1),
            ("talks", "talk", "NOUN", "NNS", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 2),
            ("Maduro", "Maduro", "PROPN", "NNP", "pobj", 3),
            (",", ",", "PUNCT", ",", "punct", 4),
            ("which", "which", "PRON", "WDT", "dobj", 9),
            ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 9),
            ("has", "have", "AUX", "VBZ", "aux", 9),
            ("rejected", "reject", "VERB", "VBN", "relcl", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "impose_sanctions": (
        "The United States imposed sanctions on Iran.",
        [
            ("The", "the", "DET", "DT", "det", 2),
            ("United", "United", "PROPN", "NNP", "compound", 2),
            ("States", "States", "PROPN", "NNP", "nsubj", 3),
            ("imposed", "impose", "VERB", "VBD", "ROOT", 3),
            ("sanctions", "sanction", "NOUN", "NNS", "dobj", 3),
            ("on", "on", "ADP", "IN", "prep", 4),
            ("Iran", "Iran", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "nominal_modifier": (
        "Russian attacks on Ukraine continued.",
        [
            ("Russian", "russian", "ADJ", "JJ", "amod", 1),
            ("attacks", "attack", "NOUN", "NNS", "nsubj", 4),
            ("on", "on", "ADP", "IN", "prep", 1),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 2),
            ("continued", "continue", "VERB", "VBD", "ROOT", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ],
    ),
    "inverse_receive": (
        "Venezuela received weapons from Russia.",
        [
            ("Venezuela", "Venezuela", "PROPN", "NNP", "nsubj", 1),
            ("received", "receive", "VERB", "VBD", "ROOT", 1),
            ("weapons", "weapon", "NOUN", "NNS", "dobj", 1),
            ("from", "from", "ADP", "IN", "prep", 1),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "plural_pronoun": (
        "Obama and Putin said they will attack Iraq.",
        [
            ("Obama", "Obama", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Putin", "Putin", "PROPN", "NNP", "conj", 0),
            ("said", "say", "VERB", "VBD", "ROOT", 3),
            ("they", "they", "PRON", "PRP", "nsubj", 6),
            ("will", "will", "AUX", "MD", "aux", 6),
            ("attack", "attack", "VERB", "VB", "ccomp", 3),
            ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "list_subjects": (
        "The US, Russia, and Switzerland met yesterday.",
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("US", "US", "PROPN", "NNP", "nsubj", 7),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("Russia", "Russia", "PROPN", "NNP", "appos", 1),
            (",", ",", "PUNCT", ",", "punct", 3),
            ("and", "and", "CCONJ", "CC", "cc", 3),
            ("Switzerland", "Switzerland", "PROPN", "NNP", "conj", 3),
            ("met", "meet", "VERB", "VBD", "ROOT", 7),
            ("yesterday", "yesterday", "NOUN", "NN", "npadvmod", 7),
            (".", ".", "PUNCT", ".", "punct", 7),
        ],
    ),
    "reported_own": (
        "Russia said it attacked Ukraine.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("it", "it", "PRON", "PRP", "nsubj", 3),
            ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "conditional": (
        "Russia will attack Ukraine if Ukraine joins NATO.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
            ("will", "will", "AUX", "MD", "aux", 2),
            ("attack", "attack", "VERB", "VB", "ROOT", 2),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 2),
            ("if", "if", "SCONJ", "IN", "mark", 6),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 6),
            ("joins", "join", "VERB", "VBZ", "advcl", 2),
            ("NATO", "NATO", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
    ),
    "owned_target": (
        "Israel released the mayor of Nablus.",
        [
            ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
            ("released", "release", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("mayor", "mayor", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Nablus", "Nablus", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "report_noun": (
        "Iran refuted a report that Russia attacked Ukraine.",
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("refuted", "refute", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("report", "report", "NOUN", "NN", "dobj", 1),
            ("that", "that", "PRON", "WDT", "mark", 6),
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 6),
            ("attacked", "attack", "VERB", "VBD", "relcl", 3),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "object_control_thing": (
        "Russia advised its citizens not to visit Ukraine.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("advised", "advise", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3),
            ("citizens", "citizen", "NOUN", "NNS", "dobj", 1),
            ("not", "not", "PART", "RB", "neg", 6),
            ("to", "to", "PART", "TO", "aux", 6),
            ("visit", "visit", "VERB", "VB", "xcomp", 1),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "negated_conjunct": (
        "Russia blamed Ukraine, not Cuba.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 2),
            ("not", "not", "PART", "RB", "neg", 2),
            ("Cuba", "Cuba", "PROPN", "NNP", "appos", 2),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "neither_nor": (
        "Neither Russia nor China supported Iran.",
        [
            ("Neither", "neither", "CCONJ", "CC", "det", 1),
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 4),
            ("nor", "nor", "CCONJ", "CC", "cc", 1),
            ("China", "China", "PROPN", "NNP", "conj", 1),
            ("supported", "support", "VERB", "VBD", "ROOT", 4),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ],
    ),
    "subject_antecedent": (
        "While the US recognises China, it will help Taiwan.",
        [
            ("While", "while", "SCONJ", "IN", "mark", 3),
            ("the", "the", "DET", "DT", "det", 2),
            ("US", "US", "PROPN", "NNP", "nsubj", 3),
            ("recognises", "recognise", "VERB", "VBZ", "advcl", 8),
            ("China", "China", "PROPN", "NNP", "dobj", 3),
            (",", ",", "PUNCT", ",", "punct", 8),
            ("it", "it", "PRON", "PRP", "nsubj", 8),
            ("will", "will", "AUX", "MD", "aux", 8),
            ("help", "help", "VERB", "VB", "ROOT", 8),
            ("Taiwan", "Taiwan", "PROPN", "NNP", "dobj", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
    ),
    "locative_target": (
        "Turkey carried out an air strike in Iraq.",
        [
            ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
            ("carried", "carry", "VERB", "VBD", "ROOT", 1),
            ("out", "out", "ADP", "RP", "prt", 1),
            ("an", "an", "DET", "DT", "det", 5),
            ("air", "air", "NOUN", "NN", "compound", 5),
            ("strike", "strike", "NOUN", "NN", "dobj", 1),
            ("in", "in", "ADP", "IN", "prep", 5),
            ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "accused_of": (
        "Obama accused Iran of arming Hamas.",
        [
            ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
            ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 1),
            ("arming", "arm", "VERB", "VBG", "pcomp", 3),
            ("Hamas", "Hamas", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "passive_control": (
        "Obama was pressured by Russia to help Iran.",
        [
            ("Obama", "Obama", "PROPN", "NNP", "nsubjpass", 2),
            ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("pressured", "pressure", "VERB", "VBN", "ROOT", 2),
            ("by", "by", "ADP", "IN", "agent", 2),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
            ("to", "to", "PART", "TO", "aux", 6),
            ("help", "help", "VERB", "VB", "advcl", 2),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
    ),
    "relative_clause": (
        "Iran, which backs Hamas, criticized Israel.",
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 6),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("which", "which", "PRON", "WDT", "nsubj", 3),
            ("backs", "back", "VERB", "VBZ", "relcl", 0),
            ("Hamas", "Hamas", "PROPN", "NNP", "dobj", 3),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("criticized", "criticize", "VERB", "VBD", "ROOT", 6),
            ("Israel", "Israel", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 6),
        ],
    ),
    "dative": (
        "Russia sent Syria military aid.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("sent", "send", "VERB", "VBD", "ROOT", 1),
            ("Syria", "Syria", "PROPN", "NNP", "nmod", 4),
            ("military", "military", "ADJ", "JJ", "amod", 4),
            ("aid", "aid", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "nominal_by": (
        "An attack on Ukraine by Russia failed.",
        [
            ("An", "an", "DET", "DT", "det", 1),
            ("attack", "attack", "NOUN", "NN", "nsubj", 6),
            ("on", "on", "ADP", "IN", "prep", 1),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 2),
            ("by", "by", "ADP", "IN", "prep", 1),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
            ("failed", "fail", "VERB", "VBD", "ROOT", 6),
            (".", ".", "PUNCT", ".", "punct", 6),
        ],
    ),
    "participle": (
        "Visiting Moscow, Maduro praised Putin.",
        [
            ("Visiting", "visit", "VERB", "VBG", "advcl", 4),
            ("Moscow", "Moscow", "PROPN", "NNP", "dobj", 0),
            (",", ",", "PUNCT", ",", "punct", 4),
            ("Maduro", "Maduro", "PROPN", "NNP", "nsubj", 4),
            ("praised", "praise", "VERB", "VBD", "ROOT", 4),
            ("Putin", "Putin", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ],
    ),
    "between": (
        "Talks between Russia and Ukraine resumed.",
        [
            ("Talks", "talk", "NOUN", "NNS", "nsubj", 5),
            ("between", "between", "ADP", "IN", "prep", 0),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 1),
            ("and", "and", "CCONJ", "CC", "cc", 2),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "conj", 2),
            ("resumed", "resume", "VERB", "VBD", "ROOT", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
    ),
    "person_clash": (
        "Obama clashed with Russia.",
        [
            ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
            ("clashed", "clash", "VERB", "VBD", "ROOT", 1),
            ("with", "with", "ADP", "IN", "prep", 1),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "blamed_reason": (
        "Russia launched strikes against Turkey for backing Ukraine.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("launched", "launch", "VERB", "VBD", "ROOT", 1),
            ("strikes", "strike", "NOUN", "NNS", "dobj", 1),
            ("against", "against", "ADP", "IN", "prep", 2),
            ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 3),
            ("for", "for", "ADP", "IN", "prep", 1),
            ("backing", "back", "VERB", "VBG", "pcomp", 5),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "owner_forces_clash": (
        "Obama's forces clashed with Russia.",
        [
            ("Obama", "Obama", "PROPN", "NNP", "poss", 2),
            ("'s", "'s", "PART", "POS", "case", 0),
            ("forces", "force", "NOUN", "NNS", "nsubj", 3),
            ("clashed", "clash", "VERB", "VBD", "ROOT", 3),
            ("with", "with", "ADP", "IN", "prep", 3),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
    ),
    "forces_clash": (
        "Russian troops clashed with Ukraine.",
        [
            ("Russian", "russian", "ADJ", "JJ", "amod", 1),
            ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
            ("clashed", "clash", "VERB", "VBD", "ROOT", 2),
            ("with", "with", "ADP", "IN", "prep", 2),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
    ),
    "blame_on": (
        "Russia blamed Ukraine's troubles on a war by Iran.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "poss", 4),
            ("'s", "'s", "PART", "POS", "case", 2),
            ("troubles", "trouble", "NOUN", "NNS", "dobj", 1),
            ("on", "on", "ADP", "IN", "prep", 1),
            ("a", "a", "DET", "DT", "det", 7),
            ("war", "war", "NOUN", "NN", "pobj", 5),
            ("by", "by", "ADP", "IN", "prep", 7),
            ("Iran", "Iran", "PROPN", "NNP", "pobj", 8),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "pronoun_gender": (
        "Putin said Merkel's tenure was a success, citing her trip to Cuba.",
        [
            ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Merkel", "Merkel", "PROPN", "NNP", "poss", 4),
            ("'s", "'s", "PART", "POS", "case", 2),
            ("tenure", "tenure", "NOUN", "NN", "nsubj", 5),
            ("was", "be", "AUX", "VBD", "ccomp", 1),
            ("a", "a", "DET", "DT", "det", 7),
            ("success", "success", "NOUN", "NN", "attr", 5),
            (",", ",", "PUNCT", ",", "punct", 5),
            ("citing", "cite", "VERB", "VBG", "advcl", 5),
            ("her", "her", "PRON", "PRP$", "poss", 11),
            ("trip", "trip", "NOUN", "NN", "dobj", 9),
            ("to", "to", "ADP", "IN", "prep", 11),
            ("Cuba", "Cuba", "PROPN", "NNP", "pobj", 12),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "funeral": (
        "Obama attended the funeral of a Russian soldier.",
        [
            ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
            ("attended", "attend", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("funeral", "funeral", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("a", "a", "DET", "DT", "det", 7),
            ("Russian", "russian", "ADJ", "JJ", "amod", 7),
            ("soldier", "soldier", "NOUN", "NN", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "own_annexation": (
        "Ukraine said its annexation of Crimea was a crime.",
        [
            ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3),
            ("annexation", "annexation", "NOUN", "NN", "nsubj", 6),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Crimea", "Crimea", "PROPN", "NNP", "pobj", 4),
            ("was", "be", "AUX", "VBD", "ccomp", 1),
            ("a", "a", "DET", "DT", "det", 8),
            ("crime", "crime", "NOUN", "NN", "attr", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "annexation": (
        "Russia said its annexation of Crimea was legal.",
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3),
            ("annexation", "annexation", "NOUN", "NN", "nsubj", 6),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Crimea", "Crimea", "PROPN", "NNP", "pobj", 4),
            ("was", "be", "AUX", "VBD", "ccomp", 1),
            ("legal", "legal", "ADJ", "JJ", "acomp", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "engaged_in_talks": (
        "Japan engaged Russia in talks.",
        [
            ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
            ("engaged", "engage", "VERB", "VBD", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "NNP", "dobj", 1),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("talks", "talk", "NOUN", "NNS", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
    "engaged_in_syria": (
        "Japan engaged Russia in Syria.",
        [
            ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
            ("engaged", "engage", "VERB", "VBD", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "NNP", "dobj", 1),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("Syria", "Syria", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    ),
}

# Surface word -> (id, kind, country) of the actors the example sentences name.
ACTORS: dict[str, tuple[str, str, str | None]] = {
    "Russia": ("RUS", "Country", "RUS"),
    "Moscow": ("RUS", "Country", "RUS"),
    "Venezuela": ("VEN", "Country", "VEN"),
    "Norway": ("NOR", "Country", "NOR"),
    "Cuba": ("CUB", "Country", "CUB"),
    "Ukraine": ("UKR", "Country", "UKR"),
    "Syria": ("SYR", "Country", "SYR"),
    "Iran": ("IRN", "Country", "IRN"),
    "China": ("CHN", "Country", "CHN"),
    "Japan": ("JPN", "Country", "JPN"),
    "Israel": ("ISR", "Country", "ISR"),
    "Egypt": ("EGY", "Country", "EGY"),
    "Turkey": ("TUR", "Country", "TUR"),
    "Hamas": ("org:hamas", "Organization", "PSE"),
    "Maduro": ("person:nicolas-maduro", "Person", "VEN"),
    "Putin": ("person:vladimir-putin", "Person", "RUS"),
    "States": ("USA", "Country", "USA"),  # "the United States"
    "US": ("USA", "Country", "USA"),
    "Switzerland": ("CHE", "Country", "CHE"),
    "Iraq": ("IRQ", "Country", "IRQ"),
    "Russian": ("RUS", "Country", "RUS"),
    "Obama": ("person:barack-obama", "Person", "USA"),
    "NATO": ("igo:nato", "IGO", None),
    "Taiwan": ("TWN", "Country", "TWN"),
    "Nablus": ("loc:nablus", "Location", "PSE"),
    "Merkel": ("person:angela-merkel", "Person", "DEU"),
    "Crimea": ("loc:crimea", "Location", "UKR"),
}
# Full names of the people whose name tells their gender (the pronoun rules read it).
FULL_NAMES = {"Merkel": "Angela Merkel", "Putin": "Vladimir Putin"}


@functools.cache
def _vocab() -> Vocab:
    return English().vocab  # the language's lexical attributes (lower case ...), no model


def parse(name: str) -> Doc:
    """The Doc of one example sentence, rebuilt from its stored parse."""
    _, rows = SENTENCES[name]
    words, lemmas, pos, tags, deps, heads = zip(*rows, strict=True)
    glued = (".", ",", "'s")
    spaces = [i + 1 < len(words) and words[i + 1] not in glued for i in range(len(words))]
    return Doc(
        _vocab(),
        words=list(words),
        spaces=spaces,
        lemmas=list(lemmas),
        pos=list(pos),
        tags=list(tags),
        deps=list(deps),
        heads=list(heads),
    )


def entity(word: str) -> Entity:
    """The entity an example word names."""
    entity_id, kind, country = ACTORS[word]
    name = FULL_NAMES.get(word, word if word != "States" else "United States")
    return Entity(entity_id, name, kind, country)


def actors(doc: Doc) -> list[ActorSpan]:
    """Actor spans of the known names of a doc ("the United States" as one span)."""
    out = []
    for token in doc:
        if token.text not in ACTORS:
            continue
        start = token.i
        if token.text == "States":
            the = token.i >= 2 and doc[token.i - 2].text.lower() == "the"
            start = token.i - 2 if the else token.i - 1
        out.append(ActorSpan(start, token.i + 1, token.i, entity(token.text)))
    return out


def document(name: str) -> Document:
    """The Document of an example (id = its name, with a date)."""
    return Document(id=name, text=SENTENCES[name][0], date="2019-09-25")


def keys(triples: list[Triple]) -> set[tuple[str, str, str]]:
    """(subject id, relation, object id) of each triple."""
    return {(t.subject.id, t.relation, t.object.id) for t in triples}


def test_parse_rebuilds_the_stored_tree():
    doc = parse("svo_supply")
    assert [t.text for t in doc] == ["Russia", "supplied", "arms", "to", "Venezuela", "."]
    assert doc[0].head.text == "supplied" and doc[0].dep_ == "nsubj"
    assert doc[4].head.text == "to" and doc[2].lemma_ == "arm"


def test_actors_finds_multiword_names():
    doc = parse("urged")
    spans = actors(doc)
    assert [(s.start, s.end, s.entity.id) for s in spans] == [(0, 3, "USA"), (4, 5, "CHN")]
