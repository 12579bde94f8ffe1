"""Links between the events of one text: caused, rescheduled-as, response-to, follow-up-of.

(`part-of`, a meeting during a visit, is decided in `__init__`.) Each rule reads one
sentence, or two mentions of events in one sentence, and links them when the words between
or around them say so; a link needs both events extracted.
"""

from __future__ import annotations


def relate(candidates) -> list[tuple]:
    """(from, to, relation) triples of candidates."""
    return []
