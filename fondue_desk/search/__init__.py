"""In-memory text search over the register: one index per Database, no Qt, no SQL dialects."""
