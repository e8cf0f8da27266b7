"""Database: SQLAlchemy 2 schema, engine and session setup, Alembic migrations."""
