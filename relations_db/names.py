"""How names are matched: the folded key stored beside every name, alias and title."""


def fold(text: str) -> str:
    """Case- and space-insensitive key: "Qin  GANG" and "qin gang" are the same name."""
    return " ".join(text.casefold().split())
