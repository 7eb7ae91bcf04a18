"""The cheap "can a name start here" check never says no where find_states finds a name at 0."""

import pytest

from loaders.names import find_states
from loaders.names.matcher import may_start_name

ITEMS = ["Germania", "Deutschland", "Alemania", "Niemcy", "Polska", "Polsce", "République française",
         "Ministry of Foreign Affairs", "Access Now", "USA", "EE.UU.", "Estland", "Viro", "Eesti",
         "Kypros", "Cyprus", "Κύπρος", "Tschechien", "Česko", "Hrvatska", "The Netherlands", "Paesi Bassi"]
LANGS = ["en", "de", "fr", "it", "es", "pl", "fi", "et", "el", "cs", "hr", "nl", "sv"]


@pytest.mark.parametrize("lang", LANGS)
def test_no_name_at_the_start_when_the_check_says_no(lang):
    for item in ITEMS:
        at_start = [m for m in find_states(item, lang) if m.start == 0]
        if not may_start_name(item, lang):
            assert at_start == [], (item, lang)


def test_the_check_says_yes_for_a_name_and_no_for_other_words():
    assert may_start_name("Germania", "it")
    assert may_start_name("Deutschland und Frankreich", "de")
    assert not may_start_name("Ministry of Foreign Affairs", "en")
    assert not may_start_name("lowercase start", "en")
