"""People in a text: officials named with their titles, later mentions, and their countries.

A person is found where a name follows a title ("Chinese Foreign Minister Qin Gang",
"Secretary Blinken"), where a title follows a name ("Jake Sullivan, the national security
adviser"), after "counterpart" ("his US counterpart Lloyd Austin"), or where the name is in
the gazetteer (officials already in the database, and a few heads of state and ministers
shipped with the tool). Later mentions by surname or title-and-surname are tied back to
the person. Countries come from demonyms, institutions and places in the title, "of
<country>" after the name, the gazetteer, and last the home country of the publisher.

The modules, in layers (each imports only the ones above it in this list):

- titles: title words (HEADS, TITLE_WORDS, HONORIFICS) and the title patterns
- names: Person, Mention, People; name tokens, particles, surnames; the gazetteer
- listings: sanctions targets, lists of names, bracketed particulars, firms and detainees
- visits: meetings and visits, hosts and destinations, the text's main foreign country
- countries: a person's country, the decision steps and the title's own country
- mentions: later mentions, surnames alone, counterparts, bare titles, envoy nouns
- finder: find_people, the scan of a text
- home: home_country, publisher_offices, add_title_mentions ("the President")

This package re-exports the names other modules and the tests import from it.
"""

from __future__ import annotations

from .countries import LEADS_SIDE, SIDE_LED_BY, _country_words
from .finder import find_people
from .home import add_title_mentions, home_country, publisher_offices
from .listings import (
    _COUNTED_DESIGNATION,
    _FIRMS_THEN_PEOPLE,
    _PLURAL_TARGETS,
    _PLURAL_TARGETS_TAIL,
    _PROFILE,
    _based_country,
)
from .names import (
    GAZETTEER,
    PLAIN_LETTERS,
    Mention,
    People,
    Person,
    _gaz_lookup,
    _gazetteer,
    _key,
    surname_of,
)
from .titles import (
    _ITS_ROLE,
    _ITS_ROLES,
    _LOWER_POST,
    _LOWER_POST_TAIL,
    _PORTFOLIO_TITLE,
    _PORTFOLIO_TITLE_TAIL,
    _TITLE_IS,
    _TITLE_IS_TAIL,
    HONORIFICS,
    TITLE_WORDS,
    distinct_positions,
)
from .visits import _main_foreign

__all__ = [
    "GAZETTEER",
    "HONORIFICS",
    "LEADS_SIDE",
    "PLAIN_LETTERS",
    "SIDE_LED_BY",
    "TITLE_WORDS",
    "_COUNTED_DESIGNATION",
    "_FIRMS_THEN_PEOPLE",
    "_ITS_ROLE",
    "_ITS_ROLES",
    "_LOWER_POST",
    "_LOWER_POST_TAIL",
    "_PLURAL_TARGETS",
    "_PLURAL_TARGETS_TAIL",
    "_PORTFOLIO_TITLE",
    "_PORTFOLIO_TITLE_TAIL",
    "_PROFILE",
    "_TITLE_IS",
    "_TITLE_IS_TAIL",
    "Mention",
    "People",
    "Person",
    "_based_country",
    "_country_words",
    "_gaz_lookup",
    "_gazetteer",
    "_key",
    "_main_foreign",
    "add_title_mentions",
    "distinct_positions",
    "find_people",
    "home_country",
    "publisher_offices",
    "surname_of",
]
