"""The one country table: ISO 3166-1 alpha-2 codes, from pycountry, plus the names people use."""

from __future__ import annotations

from functools import lru_cache

# Names that pycountry's lookup does not know but reporting uses every day, and the two
# codes outside ISO 3166-1 proper that international reporting needs (EU, Kosovo).
_EXTRA_NAMES = {
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "russia": "RU",
    "turkey": "TR",
    "palestine": "PS",
    "kosovo": "XK",
    "xk": "XK",
    "eu": "EU",
    "european union": "EU",
    "vatican": "VA",
    "holy see": "VA",
    "ivory coast": "CI",
    "the netherlands": "NL",
    "burma": "MM",
    "prc": "CN",
    "roc": "TW",
}
_EXTRA_CODES = {"EU": "European Union", "XK": "Kosovo"}


@lru_cache(maxsize=4096)
def normalize_country(value: str) -> str:
    """The alpha-2 code for a code or a name ("China", "USA", "cn"); ValueError if unknown."""
    text = value.strip()
    if not text:
        raise ValueError("empty country")
    if text.upper() in _EXTRA_CODES:
        return text.upper()
    extra = _EXTRA_NAMES.get(text.lower())
    if extra:
        return extra
    import pycountry  # deferred: its database loads lazily and read paths rarely need it

    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        raise ValueError(
            f"unknown country {value!r}: use an ISO 3166-1 code such as CN or US"
        ) from None


def country_name(code: str) -> str:
    if code in _EXTRA_CODES:
        return _EXTRA_CODES[code]
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or (found.name if found else code)
