"""Sentence splitting: abbreviations, initials, acronyms, quotes and paragraphs."""
from ingest.extract.text import split_sentences


def texts(text):
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert [s.index for s in sentences] == list(range(len(sentences)))
    return [s.text for s in sentences]


def test_titles_and_initials_do_not_end_sentences():
    text = ("Gen. Laura Ortiz met Dr. Samuel K. Obi in Lagos. "
            "They were joined by Mr. Tan, said J. Robert Hale, a former envoy.")
    assert texts(text) == [
        "Gen. Laura Ortiz met Dr. Samuel K. Obi in Lagos.",
        "They were joined by Mr. Tan, said J. Robert Hale, a former envoy.",
    ]


def test_dotted_acronyms_end_a_sentence_only_before_an_opener():
    text = ("Aid from the U.N. Refugee Agency arrived. Troops went home to the U.S. "
            "The base in Washington, D.C. Police said nothing.")
    out = texts(text)
    assert out[0] == "Aid from the U.N. Refugee Agency arrived."
    assert out[1] == "Troops went home to the U.S."
    assert out[2].startswith("The base in Washington, D.C. Police")


def test_months_and_numbers():
    text = "The vote moved to Jan. 14 after item No. 3 failed. It was set for Feb. The delay hurt."
    assert texts(text) == ["The vote moved to Jan. 14 after item No. 3 failed.",
                           "It was set for Feb.", "The delay hurt."]


def test_quotes_and_dashes_stay_inside_their_sentence():
    text = ('"We will not leave," the minister said. "Why now?" asked Lena Park. '
            "The convoy -- three trucks — arrived late. It left at dawn!")
    assert texts(text) == ['"We will not leave," the minister said.',
                           '"Why now?" asked Lena Park.',
                           "The convoy -- three trucks — arrived late.", "It left at dawn!"]


def test_paragraph_breaks_and_headings_split():
    text = "First paragraph ends here\n\nA Heading Without Stop\nSecond paragraph. Another one."
    assert texts(text) == ["First paragraph ends here", "A Heading Without Stop",
                           "Second paragraph.", "Another one."]


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences("  \n\n \t ") == []
