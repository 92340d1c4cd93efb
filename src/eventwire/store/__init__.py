"""The store: SQLAlchemy Core tables, an idempotent batch writer, and the queries that read them."""
