"""The cheap tests that let find_people skip a whole-text scan (speed only) must pass on every
text the scanned pattern matches: each is a piece of its pattern, or words every match holds.
Invented sentences, and texts put together from the words the patterns look for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relations_db.extract import people as P

_TAILS = [
    (P._LOWER_POST, P._LOWER_POST_TAIL, "Swedish EU official Johan Floderus was freed."),
    (
        P._PLURAL_TARGETS,
        P._PLURAL_TARGETS_TAIL,
        "Two officers of the unit, Ali Rezaei and Omid Kazemi, are also designated.",
    ),
    (P._TITLE_IS, P._TITLE_IS_TAIL, "Finland's Ambassador to Chile is Anna Virtanen."),
    (
        P._PORTFOLIO_TITLE,
        P._PORTFOLIO_TITLE_TAIL,
        "Under Secretary of State for Economic Growth, Energy, and the Environment Jose Fernandez"
        " spoke.",
    ),
]


# (ids by sentence: a pattern's text holds alternatives built from a set, whose order
# differs between processes, so pytest-xdist's workers would collect different ids)
@pytest.mark.parametrize(("pattern", "tail", "sentence"), _TAILS, ids=[t[2] for t in _TAILS])
def test_a_scan_gate_passes_where_its_pattern_matches(pattern, tail, sentence):
    assert pattern.search(sentence)
    assert tail.search(sentence)
    assert not tail.search("The minister met his counterpart in Rome.")


_WORDS = [
    "Two officers of the unit,",
    "sanctioned three officials,",
    "Ali Rezaei",
    "and",
    "Omid Kazemi",
    "Ali Rezaei and Omid Kazemi",
    "are also designated",
    "for",
    "is",
    "was",
    "Mr.",
    "Anna Virtanen",
    "Finland's Ambassador to Chile",
    "The President",
    "Swedish EU official",
    "resident",
    "President",
    "the Intelligence Organization (MIT) chief",
    "spokesperson",
    "foreign minister",
    "a Chinese national,",
    "citizen",
    "Its sole director,",
    "its sales agent",
    "Hong Kong resident",
    "Rear Admiral",
    "the",
    "of",
    "Deputy Minister for",
    "Trade, Industry and Energy",
    "Jose Fernandez",
]
_SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\t", "  "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30))
def test_no_text_the_patterns_match_fails_their_gates(parts):
    text = "".join(w + s for w, s in parts)
    for pattern, tail, _ in _TAILS:
        assert tail.search(text) or not pattern.search(text)
    if P._ITS_ROLE.search(text):
        assert ("its" in text or "Its" in text) and any(w in text for w in P._ITS_ROLES)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeghilmnoprstuvwx +\n\t\u00a0", max_size=200))
def test_the_trigger_keys_read_off_the_words_are_those_in_the_text(text):
    from relations_db.extract.events.candidate import _keys_of
    from relations_db.extract.events.patterns import _ALL_KEYS

    assert sorted(_keys_of(text)) == sorted(k for k in _ALL_KEYS if k in text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeghilmnoprstuvwxy +\n", max_size=120), st.integers(0, 30))
def test_the_patterns_of_a_span_are_those_its_keys_tell(text, lo):
    from relations_db.extract.events.candidate import _patterns_in
    from relations_db.extract.events.patterns import _ALL_KEYS, _PATTERN_KEYS

    low = text[lo:].lower()
    present = {k for k in _ALL_KEYS if k in low}
    expected = [r for r, keys in _PATTERN_KEYS if keys is None or not present.isdisjoint(keys)]
    assert _patterns_in(text, lo, len(text)) == expected
