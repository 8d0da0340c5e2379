import spacy

import kgraph.extract.nlp  # noqa: F401  (registers the component)


def test_paragraphs_start_a_sentence_after_a_blank_line_only():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    doc = nlp("Title line: Interfax\n\nReuters\n\nMOSCOW - Russia said\nit would help.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Title", "Reuters", "MOSCOW"]
    wrapped = next(t for t in doc if t.text == "it")  # after a single line break
    assert not wrapped.is_sent_start


def test_a_run_in_subhead_in_capitals_is_a_sentence_of_its_own():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    doc = nlp(
        "He faces further charges. TRUMP AND MAY ONCE HAND-IN-HAND Islamist militants have "
        "carried out attacks. RIO DE JANEIRO (Reuters) - NATO and the U.S. said so."
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["He", "TRUMP", "Islamist"]
