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
