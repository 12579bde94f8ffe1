"""Sentences with their character offsets, by rule: no model, no download."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "gov",
    "sen",
    "rep",
    "rev",
    "st",
    "jr",
    "sr",
    "no",
    "vs",
    "etc",
    "inc",
    "corp",
    "ltd",
    "co",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "d.c",
    "a.m",
    "p.m",
    "i.e",
    "e.g",
    "approx",
    "dept",
    "est",
    "h.e",
    "h.m",
    "h.r.h",
    "h.h",
    "amb",
    "hon",
    "excellency",  # "H.E. Mr. Lee Jae-myung"
    "smt",  # "the President of India, Smt. A B": an honorific's abbreviation
    "cía",  # "Exportadora A Cía. Ltda.": the Spanish "Compañía" within a firm's name
    # the first half of a two-word legal form: "A Sdn. Bhd.", "B Pte. Ltd.", "C Pty. Ltd."
    "sdn",
    "pte",
    "pty",
}
# lower-case dotted legal forms that a firm's seat often follows ("A d.o.o. Banja Luka", "B
# s.r.o. Brno"): a full stop in a name unless a sentence opener follows
_DOTTED_LEGAL_FORMS = ("d.o.o", "s.r.o", "a.d", "d.d", "o.o", "s.r.l", "s.p.a", "b.v", "n.v")
# abbreviated given names before a name ("Md. A B", "Mohd. A B")
_GIVEN_ABBREVIATIONS = ("Md", "Mohd", "Muhd")
# honorifics whose lower-case form is no abbreviation alone ("Minister of Energy Eng. A B": an
# engineer's address), before a name of two capitalised words
_NAME_ABBREVIATIONS = ("Eng",)
# words that open a sentence rather than continue a name
_STARTS = re.compile(
    r"\s+(?:The|He|She|It|They|We|I|In|On|At|This|That|These|Those|A|An|But|And|As|For|If|"
    r"Today|Yesterday|There|His|Her|Their|Our|After|Before|During|While)\b"
)
# (a run of stops is tried from its first only: a sentence ends after the whole run or not at
# all, and "......" of a table of contents would otherwise cost the square of its length)
_END = re.compile(
    r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_LAST_WORD = re.compile(r"([\w.]+)\.[\"'”’)\]]*$")
_TAIL_RUN = re.compile(r"[\w.\"'”’)\]]*")
# an initialism and a number after it: "E.O. 14033"
_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_NUMBER_AFTER = re.compile(r"\s+\d")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, each with `text == body[start:end]`, surrounding space trimmed."""
    out: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        chunk = text[start:end]
        if match.group(0).startswith("."):
            full = chunk.rstrip()  # (its last word: within the run of word characters, dots and
            # closing quotes that ends it, found from the end, not by trying every start)
            at = len(full) - _TAIL_RUN.match(full[::-1]).end()
            tail = full[at:]
            word = _LAST_WORD.search(tail)
            if word:
                w = word.group(1).lower()
                hyphened = (
                    word.group(1).isalpha()
                    and word.group(1).islower()
                    and at + word.start(1) > 0
                    and full[at + word.start(1) - 1] in "-‐"
                )  # (not "the Japan-Australia-India-U.S. Foreign Ministers' Meeting")
                if (w in _ABBREVIATIONS and not hyphened) or (len(w) == 1 and w.isalpha()):
                    continue  # (not the last syllable of a hyphened name: "Kim Min-jun.")
                if w in _DOTTED_LEGAL_FORMS and not _STARTS.match(text, end):
                    continue  # "Jadran Trade d.o.o. Split": the firm's seat, no new sentence
                if _INITIALISM.fullmatch(word.group(1)) and _NUMBER_AFTER.match(text, end):
                    continue  # "E.O. 14033": an initialism's number, no new sentence
                if w == "a.k.a" or w == "f.k.a" or re.search(r"\(\s*[af]\.k\.a\.$", chunk):
                    continue  # "A (a.k.a. B)": an alias follows, no new sentence
                if word.group(1) == "Ma" and re.match(r"\s+[A-Z][a-z]+\s+[A-Z]", text[end:]):
                    continue  # "Ma. Theresa Lazaro": the Filipino abbreviation of Maria
                if word.group(1) in _GIVEN_ABBREVIATIONS + _NAME_ABBREVIATIONS and re.match(
                    r"\s+[A-Z][a-z]+\s+[A-Z][a-z]", text[end:]
                ):
                    continue  # "Md. Abdul Karim": the South Asian abbreviation of Muhammad
                if (
                    re.fullmatch(r"(?:[A-Z]\.){1,2}[A-Z]", word.group(1))
                    and re.search(r"\b[A-Z][a-z]+\s+" + re.escape(word.group(1)) + r"\.$", chunk)
                    and re.match(r"\s+[A-Z][a-z]+\b", text[end:])
                    and not re.match(_STARTS, text[end:])
                ):
                    continue  # "Retno L.P. Marsudi": a name's initials, not a sentence end
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


# The longest sentence kept whole: a longer one (2.4 times the longest of the 337 dev and
# fixture texts, 848 characters) is cut at the last semicolon, comma or space before this
# many characters. The rules read a sentence whole for each event they find in it, so a text
# without full stops (a transcript, a PDF's table, one long paragraph) cost the square of its
# length; in pieces it costs its length.
LONGEST_SENTENCE = 2000


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > LONGEST_SENTENCE:
        cut = _cut(text, start, start + LONGEST_SENTENCE)
        _add(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut a sentence too long to keep whole: after the last semicolon, else comma,
    else space in the second half of text[start:limit]; at the limit when there is none."""
    half = start + (limit - start) // 2
    for mark in (";", ",", " "):
        at = text.rfind(mark, half, limit)
        if at >= 0:
            return at + 1
    return limit
