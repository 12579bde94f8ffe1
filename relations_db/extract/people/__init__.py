"""TODO init
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
