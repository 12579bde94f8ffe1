"""Sources in a load: staged and written a batch at a time, and the checks that read them.

Mixed into the Writer (store/writer.py), whose `__init__` holds the caches: a bulk load
cites thousands of sources one after another, so their texts and dates are kept in
bounded LRU caches, and sources given in the call wait in `_pending_sources` until the next
batch of events is written.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict

from sqlalchemy import select, update

from ..inputs.errors import InputError
from ..model import Source
from ..model.base import utcnow
from .restate import NEW, UNCHANGED, UPDATED

SOURCE_CACHE = 256


class LRU(OrderedDict):
    """A dict that keeps its `size` most recently used entries."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)

    def get(self, key, default=None):
        return self[key] if key in self else default


def origin_of(sources: tuple[str, ...]) -> str:
    """Who states a record: its one source, or '' (curated) when it has none."""
    return sources[0] if len(sources) == 1 else ""


def evidence_by_source(record, sources: tuple[str, ...]) -> dict[str, list[tuple]]:
    """The record's quotes, (quote, start, end), by the source each quotes: the record's own
    source (when it has exactly one) unless the quote names another. The own source is
    always there, so a record that drops its quotes drops them from the database too."""
    own = sources[0] if len(sources) == 1 else None
    groups: dict[str, list[tuple]] = {own: []} if own else {}
    for e in record.evidence:
        source = e.source or own
        if source is not None:
            groups.setdefault(source, []).append((e.quote, e.start, e.end))
    return groups


def cited_sources(record, sources: tuple[str, ...]) -> list[str]:
    """Every source that cites the record: its own and those its quotes name."""
    named = [e.source for e in getattr(record, "evidence", ()) if e.source]
    return list(dict.fromkeys([*sources, *named]))


class Sources:
    def source_exists(self, source_id: str) -> bool:
        if source_id in self._source_text or source_id in self._pending_sources:
            return True
        row = self.conn.execute(
            select(Source.text, Source.published).where(Source.id == source_id)
        ).first()
        if row is None:
            return False
        self._source_text[source_id] = row.text
        self._source_published[source_id] = row.published
        return True

    def source_published(self, source_id: str):
        """A source's publication date: what its relative dates were resolved against."""
        return self._source_published.get(source_id) if self.source_exists(source_id) else None

    def stage_source(self, record, text: str | None) -> None:
        """Keep a source to write with the next batch (`flush_sources`); it is known to
        every check from now on."""
        self._pending_sources[record.id] = (record, text)
        self._source_text[record.id] = text
        self._source_published[record.id] = record.published

    def flush_sources(self) -> list[tuple[str, str]]:
        """Write the staged sources, one query to find what is stored: (id, outcome)."""
        pending, self._pending_sources = self._pending_sources, {}
        if not pending:
            return []
        stored = {
            row.id: row
            for row in self.conn.execute(
                select(Source.id, Source.content_hash, Source.text_sha256).where(
                    Source.id.in_(list(pending))
                )
            )
        }
        new, outcomes = [], []
        now = utcnow()
        for source_id, (record, text) in pending.items():
            values = self._source_values(record, text)
            if source_id not in stored:
                new.append({"id": source_id, **values, "created_at": now, "updated_at": now})
                outcomes.append((source_id, NEW))
            elif stored[source_id].content_hash == values["content_hash"]:
                outcomes.append((source_id, UNCHANGED))
            else:
                before = stored[source_id].text_sha256
                if before is not None and values["text_sha256"] not in (None, before):
                    self._retexted[source_id] = text  # its stored quotes are checked
                self.conn.execute(
                    update(Source).where(Source.id == source_id).values(**values, updated_at=now)
                )
                outcomes.append((source_id, UPDATED))
        self.rows.insert(Source.__table__, new)
        return outcomes

    def stale_quotes(self) -> list[tuple[str, str, str]]:
        """(source id, record id, quote): for each source whose text this call changed, the
        first stored quote the new text no longer holds at its offsets. The records that
        quote a source are restated with it or not at all; one left out would otherwise
        point into a text it never quoted."""
        from ..model import core

        evidence = core.evidence.c
        stale = []
        for source_id, text in self._retexted.items():
            rows = self.conn.execute(
                select(
                    evidence.quote,
                    evidence.start_offset,
                    evidence.end_offset,
                    evidence.event_id,
                    evidence.official_id,
                )
                .where(evidence.source_id == source_id)
                .order_by(evidence.id)
            )
            for row in rows:
                if text[row.start_offset : row.end_offset] != row.quote:
                    stale.append((source_id, row.event_id or row.official_id, row.quote))
                    break
        return stale

    def _source_values(self, record, text: str | None) -> dict:
        text_sha = hashlib.sha256(text.encode()).hexdigest() if text is not None else None
        fields = {
            "title": record.title,
            "url": record.url,
            "publisher": record.publisher,
            "published": record.published,
        }
        digest = _hash({**fields, "published": str(record.published), "text_sha256": text_sha})
        return {**fields, "text": text, "text_sha256": text_sha, "content_hash": digest}

    def check_evidence(self, record, sources: tuple[str, ...]) -> None:
        """Each quote needs one known source (the record's, or the one it names) and must
        quote that source's text exactly."""
        own = sources[0] if len(sources) == 1 else None
        for i, ev in enumerate(record.evidence):
            source = ev.source or own
            if source is None:
                raise InputError(
                    "evidence needs a source: give the document a `source`, the record a "
                    "`source` id, or the quote a `source`",
                    record=record.id,
                    field="evidence",
                )
            if ev.source and not self.source_exists(ev.source):
                raise InputError(
                    f"no source with id {ev.source!r}",
                    record=record.id,
                    field=f"evidence[{i}].source",
                )
            text = self._text_of(source)
            if text is None:
                continue
            found = text[ev.start : ev.end]
            if found != ev.quote:
                raise InputError(
                    f"quote does not match the source text at {ev.start}-{ev.end} "
                    f"(the text there reads {_clip(found)!r})",
                    record=record.id,
                    field=f"evidence[{i}]",
                )

    def _text_of(self, source_id: str) -> str | None:
        if source_id in self._pending_sources:
            return self._pending_sources[source_id][1]
        if source_id not in self._source_text:
            self.source_exists(source_id)  # loads it into the cache
        return self._source_text.get(source_id)


def _hash(data: dict) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
