"""Questions asked of the database: the timeline and lookups."""
