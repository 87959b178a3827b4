"""The versioned schema: migrations are registered functions recorded in the database.

`migrate(backend)` applies every registered migration newer than the database's version,
each in its own transaction, and records it in ``schema_migrations``. A database whose
version is newer than this code knows raises SchemaTooNew (AG502) and is left untouched.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from .backend import Backend
from .errors import SchemaTooNew

Migration = Callable[[Backend], None]
MIGRATIONS: dict[int, tuple[str, Migration]] = {}


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def register(func: Migration) -> Migration:
        if version in MIGRATIONS:
            raise ValueError(f"migration {version} registered twice")
        MIGRATIONS[version] = (name, func)
        return func
    return register


def latest_version() -> int:
    return max(MIGRATIONS)


def current_version(db: Backend) -> int:
    if not _has_table(db, "schema_migrations"):
        return 0
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations") or 0)


def _has_table(db: Backend, name: str) -> bool:
    if db.dialect == "sqlite":
        return db.one("SELECT name FROM sqlite_master WHERE type='table' AND name=?", (name,)) is not None
    return db.scalar("SELECT to_regclass(?) IS NOT NULL AS ok", (name,)) is True


def migrate(db: Backend) -> int:
    """Bring the database to the latest schema; -> the version it is at."""
    version = current_version(db)
    newest = latest_version()
    if version > newest:
        raise SchemaTooNew(f"the database has schema version {version}, this armsgraph "
                           f"knows up to {newest}", where=db.where,
                           hint="upgrade armsgraph; the database was left untouched")
    for number in sorted(n for n in MIGRATIONS if n > version):
        name, func = MIGRATIONS[number]
        with db.tx():
            if current_version(db) >= number:   # another process migrated meanwhile
                continue
            func(db)
            db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                       (number, name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return max(version, newest)


def _types(db: Backend) -> dict[str, str]:
    if db.dialect == "sqlite":
        return {"id": "INTEGER", "real": "REAL", "big": "INTEGER"}
    return {"id": "BIGINT", "real": "DOUBLE PRECISION", "big": "BIGINT"}


@migration(1, "initial schema: sources, documents, sentences, mentions, entities, claims, deals")
def _initial(db: Backend) -> None:
    t = _types(db)
    db.script([
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        f"CREATE TABLE sources (id {t['id']} PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        f"""CREATE TABLE documents (
            id TEXT PRIMARY KEY, source_id {t['id']} REFERENCES sources(id),
            title TEXT, author TEXT, date TEXT, year INTEGER, url TEXT, site TEXT,
            language TEXT, content_hash TEXT, duplicate_of TEXT, skip_reason TEXT,
            format TEXT, path TEXT, text TEXT NOT NULL DEFAULT '',
            n_sentences INTEGER NOT NULL DEFAULT 0, n_mentions INTEGER NOT NULL DEFAULT 0,
            n_claims INTEGER NOT NULL DEFAULT 0, fingerprint TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
        "CREATE INDEX documents_hash ON documents(content_hash)",
        "CREATE INDEX documents_dup ON documents(duplicate_of)",
        f"""CREATE TABLE sentences (
            id {t['id']} PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX sentences_doc ON sentences(doc_id, idx)",
        "CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT, state TEXT)",
        "CREATE INDEX entities_kind ON entities(kind)",
        f"""CREATE TABLE mentions (
            id {t['id']} PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence INTEGER, "begin" INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            kind TEXT NOT NULL, entity_id TEXT NOT NULL, label TEXT, alias TEXT, state TEXT, role TEXT)""",
        "CREATE INDEX mentions_doc ON mentions(doc_id)",
        "CREATE INDEX mentions_entity ON mentions(entity_id)",
        f"""CREATE TABLE deals (
            id {t['id']} PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
            supplier TEXT, recipient TEXT, actor TEXT, host TEXT, parties TEXT,
            system TEXT, category TEXT, status TEXT NOT NULL, first_year INTEGER, last_year INTEGER,
            first_seen TEXT, last_seen TEXT, sources INTEGER NOT NULL, outlets INTEGER NOT NULL,
            claims INTEGER NOT NULL, contradiction INTEGER NOT NULL DEFAULT 0,
            history TEXT NOT NULL)""",
        "CREATE INDEX deals_pair ON deals(supplier, recipient)",
        "CREATE INDEX deals_actor ON deals(actor, host)",
        "CREATE INDEX deals_system ON deals(system)",
        "CREATE INDEX deals_status ON deals(status)",
        "CREATE INDEX deals_type ON deals(type)",
        "CREATE INDEX deals_year ON deals(last_year)",
        f"""CREATE TABLE deal_steps (
            deal_id {t['id']} NOT NULL REFERENCES deals(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
            status TEXT NOT NULL, year INTEGER, PRIMARY KEY (deal_id, idx))""",
        "CREATE INDEX deal_steps_status ON deal_steps(status, year)",
        f"CREATE TABLE deal_parties (deal_id {t['id']} NOT NULL REFERENCES deals(id) ON DELETE CASCADE, "
        "party TEXT NOT NULL, PRIMARY KEY (deal_id, party))",
        "CREATE INDEX deal_parties_party ON deal_parties(party)",
        f"""CREATE TABLE claims (
            id {t['id']} PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL, coarse_status TEXT,
            system TEXT, family TEXT, category TEXT,
            supplier TEXT, recipient TEXT, actor TEXT, host TEXT, participants TEXT, partners TEXT,
            quantity TEXT, year INTEGER, month INTEGER, day INTEGER, granularity TEXT,
            event_year INTEGER, place TEXT, mode TEXT, source TEXT, hedged INTEGER NOT NULL DEFAULT 0,
            confidence {t['real']}, sentence TEXT NOT NULL DEFAULT '', start INTEGER, "end" INTEGER,
            evidence TEXT, system_text TEXT, deal_id {t['id']}, deal_key TEXT NOT NULL)""",
        "CREATE INDEX claims_doc ON claims(doc_id)",
        "CREATE INDEX claims_pair ON claims(supplier, recipient, event_year)",
        "CREATE INDEX claims_recipient ON claims(recipient, event_year)",
        "CREATE INDEX claims_actor ON claims(actor, host)",
        "CREATE INDEX claims_family ON claims(family, event_year)",
        "CREATE INDEX claims_status ON claims(status, event_year)",
        "CREATE INDEX claims_type ON claims(type, event_year)",
        "CREATE INDEX claims_year ON claims(event_year)",
        "CREATE INDEX claims_deal ON claims(deal_id)",
        "CREATE INDEX claims_key ON claims(deal_key)",
        f"CREATE TABLE claim_parties (claim_id {t['id']} NOT NULL REFERENCES claims(id) ON DELETE CASCADE, "
        "party TEXT NOT NULL, PRIMARY KEY (claim_id, party))",
        "CREATE INDEX claim_parties_party ON claim_parties(party, claim_id)",
    ])
    if db.dialect == "sqlite":
        db.script([
            "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', "
            "content_rowid='id', tokenize='porter unicode61')",
            "CREATE VIRTUAL TABLE claims_fts USING fts5(sentence, content='claims', "
            "content_rowid='id', tokenize='porter unicode61')",
            # keep the external-content indexes in step with their tables
            "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
            "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
            "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN "
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
            "CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN "
            "INSERT INTO claims_fts(rowid, sentence) VALUES (new.id, new.sentence); END",
            "CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN "
            "INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence); END",
        ])
    else:
        db.script([
            "ALTER TABLE sentences ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
            "CREATE INDEX sentences_tsv ON sentences USING GIN (tsv)",
            "ALTER TABLE claims ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', sentence)) STORED",
            "CREATE INDEX claims_tsv ON claims USING GIN (tsv)",
        ])


@migration(2, "indexes that serve filtered, ordered pages of claims and deals")
def _query_indexes(db: Backend) -> None:
    db.script([
        "CREATE INDEX claims_supplier_y ON claims(supplier, event_year, id)",
        "CREATE INDEX claims_recipient_y ON claims(recipient, event_year, id)",
        "CREATE INDEX claims_pair_y ON claims(supplier, recipient, event_year, id)",
        "CREATE INDEX claims_family_y ON claims(family, event_year, id)",
        "CREATE INDEX claims_status_y ON claims(status, event_year, id)",
        "CREATE INDEX claims_type_y ON claims(type, event_year, id)",
        "CREATE INDEX claims_year_id ON claims(event_year, id)",
        "CREATE INDEX claims_category_y ON claims(category, event_year, id)",
        "CREATE INDEX claims_host_y ON claims(host, event_year, id)",
        "DROP INDEX claims_pair",
        "DROP INDEX claims_recipient",
        "DROP INDEX claims_family",
        "DROP INDEX claims_status",
        "DROP INDEX claims_type",
        "DROP INDEX claims_year",
        "CREATE INDEX deals_supplier_y ON deals(supplier, last_year, id)",
        "CREATE INDEX deals_recipient_y ON deals(recipient, last_year, id)",
        "CREATE INDEX deals_system_y ON deals(system, last_year, id)",
        "CREATE INDEX deals_type_y ON deals(type, last_year, id)",
        "CREATE INDEX deals_year_id ON deals(last_year, id)",
        "CREATE INDEX deal_steps_deal ON deal_steps(status, year, deal_id)",
        "DROP INDEX deals_system",
        "DROP INDEX deals_type",
        "DROP INDEX deals_year",
    ])
    if db.dialect == "postgresql":
        db.execute("ANALYZE")


@migration(3, "parties carry the year, so a party filter reads its rows in page order")
def _party_years(db: Backend) -> None:
    db.script([
        "ALTER TABLE claim_parties ADD COLUMN event_year INTEGER",
        "ALTER TABLE deal_parties ADD COLUMN last_year INTEGER",
    ])
    if db.dialect == "sqlite":
        db.execute("UPDATE claim_parties SET event_year = "
                   "(SELECT event_year FROM claims WHERE claims.id = claim_parties.claim_id)")
        db.execute("UPDATE deal_parties SET last_year = "
                   "(SELECT last_year FROM deals WHERE deals.id = deal_parties.deal_id)")
    else:
        db.execute("UPDATE claim_parties SET event_year = claims.event_year FROM claims "
                   "WHERE claims.id = claim_parties.claim_id")
        db.execute("UPDATE deal_parties SET last_year = deals.last_year FROM deals "
                   "WHERE deals.id = deal_parties.deal_id")
    db.script([
        "CREATE INDEX claim_parties_party_y ON claim_parties(party, event_year, claim_id)",
        "CREATE INDEX deal_parties_party_y ON deal_parties(party, last_year, deal_id)",
        "DROP INDEX claim_parties_party",
        "DROP INDEX deal_parties_party",
    ])


@migration(4, "deals carry the text of their claims, full-text indexed (deal text filters)")
def _deal_text(db: Backend) -> None:
    db.execute("ALTER TABLE deals ADD COLUMN text TEXT NOT NULL DEFAULT ''")
    if db.dialect == "sqlite":
        db.execute("UPDATE deals SET text = COALESCE((SELECT group_concat(sentence, ' ') FROM "
                   "(SELECT DISTINCT sentence FROM claims WHERE claims.deal_id = deals.id)), '')")
        db.script([
            "CREATE VIRTUAL TABLE deals_fts USING fts5(text, content='deals', content_rowid='id', "
            "tokenize='porter unicode61')",
            "INSERT INTO deals_fts(deals_fts) VALUES ('rebuild')",
            "CREATE TRIGGER deals_ai AFTER INSERT ON deals BEGIN "
            "INSERT INTO deals_fts(rowid, text) VALUES (new.id, new.text); END",
            "CREATE TRIGGER deals_ad AFTER DELETE ON deals BEGIN "
            "INSERT INTO deals_fts(deals_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
            "CREATE TRIGGER deals_au AFTER UPDATE OF text ON deals BEGIN "
            "INSERT INTO deals_fts(deals_fts, rowid, text) VALUES ('delete', old.id, old.text); "
            "INSERT INTO deals_fts(rowid, text) VALUES (new.id, new.text); END",
        ])
    else:
        db.script([
            "UPDATE deals SET text = s.t FROM (SELECT deal_id, string_agg(DISTINCT sentence, ' ') AS t "
            "FROM claims GROUP BY deal_id) s WHERE s.deal_id = deals.id",
            "ALTER TABLE deals ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
            "CREATE INDEX deals_tsv ON deals USING GIN (tsv)",
        ])


@migration(5, "indexes for the stats page: ingest time, skipped documents, contradictions")
def _stats_indexes(db: Backend) -> None:
    db.script([
        "CREATE INDEX documents_ingested ON documents(ingested_at)",
        "CREATE INDEX documents_skip ON documents(skip_reason)",
        "CREATE INDEX deals_contradiction ON deals(contradiction)",
        "CREATE INDEX deals_type_supplier ON deals(type, supplier, claims)",
        "CREATE INDEX deals_type_recipient ON deals(type, recipient, claims)",
    ])
