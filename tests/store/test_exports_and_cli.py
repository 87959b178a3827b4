"""Exports (csv, jsonl, parquet, graphml) and the store's CLI commands."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from armsgraph.cli import app
from armsgraph.store import open_store
from armsgraph.store.errors import BadQuery
from store_factory import corpus

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def filled(db_url):
    with open_store(db_url) as s:
        s.ingest_documents(corpus())
    return db_url


@pytest.mark.parametrize("what", ["claims", "deals"])
def test_exports_roundtrip(filled, tmp_path, what):
    with open_store(filled) as s:
        expected = s.claims(limit=1000)["items"] if what == "claims" else s.deals(limit=1000)["items"]
        ids = sorted(x["id"] for x in expected)
        assert s.export(what, "jsonl", tmp_path / "x.jsonl") == len(ids)
        rows = [json.loads(l) for l in (tmp_path / "x.jsonl").read_text().splitlines()]
        assert sorted(r["id"] for r in rows) == ids
        s.export(what, "csv", tmp_path / "x.csv")
        with (tmp_path / "x.csv").open() as fh:
            table = list(csv.DictReader(fh))
        assert sorted(int(r["id"]) for r in table) == ids
        s.export(what, "parquet", tmp_path / "x.parquet")
        pt = pq.read_table(tmp_path / "x.parquet").to_pylist()
        assert sorted(r["id"] for r in pt) == ids
        if what == "claims":
            quote = next(r for r in table if r["status"] == "refused")["sentence"]
            assert quote == "In 2016 the Kremlin refused to supply the Iskander-M systems."
            assert {r["participants"] for r in table if r["type"] == "exercise"} == {"BLR|RUS"}
        else:
            iskander = next(r for r in pt if r["system"] == "Iskander")
            assert iskander["history"] == "proposed 2007 -> refused 2016 -> planned 2023 -> done 2023"
            assert iskander["sources"] == 3 and iskander["contradiction"] is False
        with pytest.raises(BadQuery):
            s.export(what, "xlsx", tmp_path / "x.xlsx")


def test_graphml_opens_as_actor_graph(filled, tmp_path):
    out = tmp_path / "deals.graphml"
    result = runner.invoke(app, ["export", "--what", "deals", "--format", "graphml", "--out", str(out),
                                 "--db", filled])
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(out)
    assert {"RUS", "BLR", "CHN", "SRB"} <= set(g.nodes)
    edges = [d for _, _, d in g.edges(data=True)]
    isk = [d for d in edges if d.get("system") == "Iskander"]
    assert len(isk) == 1 and isk[0]["status"] == "done" and isk[0]["sources"] == 3
    assert g.has_edge("RUS", "BLR") and g.has_edge("CHN", "SRB")
    assert g.nodes["RUS"]["kind"] == "state"


def test_cli_queries(filled):
    r = runner.invoke(app, ["deals", "--supplier", "RUS", "--recipient", "BLR", "--system", "Iskander",
                            "--status", "done", "--since", "2015", "--db", filled, "--json"])
    assert r.exit_code == 0, r.output
    page = json.loads(r.output)
    assert page["total"] == 1 and page["items"][0]["status"] == "done"
    deal_id = page["items"][0]["id"]
    r = runner.invoke(app, ["claims", "--text", "Iskander", "--status", "refused", "--db", filled, "--json"])
    assert json.loads(r.output)["items"][0]["year"] == 2016
    r = runner.invoke(app, ["claims", "--supplier", "RUS", "--db", filled])
    assert r.exit_code == 0 and "claims" in r.output and "1-4 of 4" in r.output
    r = runner.invoke(app, ["deals", "--db", filled])
    assert r.exit_code == 0 and "Iskander" in r.output
    r = runner.invoke(app, ["show", "deal", str(deal_id), "--db", filled])
    assert r.exit_code == 0
    for text in ("proposed", "refused", "planned", "Minsk asked Moscow", "Other Daily", "3 documents"):
        assert text in r.output
    r = runner.invoke(app, ["show", "document", "a-2016", "--db", filled])
    assert json.loads(r.output)["id"] == "a-2016"
    r = runner.invoke(app, ["show", "deal", "99999", "--db", filled])
    assert r.exit_code == 1
    r = runner.invoke(app, ["claims", "--status", "shipped", "--db", filled])
    assert r.exit_code == 2 and "AG506" in r.output


def test_cli_ingest_real_pipeline_on_seeds(shared, db_url, tmp_path):
    """`armsgraph ingest` runs clean -> entities -> claims -> store on the real articles."""
    r = runner.invoke(app, ["ingest", str(shared / "seeds"), "--db", db_url, "--json"])
    assert r.exit_code == 0, r.output
    first = json.loads(r.output)
    assert first["report"]["added"] + first["report"]["skipped"] == first["read"] == 5
    assert first["database"]["claims"] > 0 and first["database"]["sentences"] > 50
    r = runner.invoke(app, ["ingest", str(shared / "seeds"), "--db", db_url, "--json"])
    again = json.loads(r.output)
    assert again["report"]["unchanged"] == 5 and again["report"]["claims"] == 0
    assert again["database"] == first["database"]
    with open_store(db_url) as s:
        for c in s.claims(limit=1000)["items"]:
            doc = s.document(c["doc_id"])
            if c["start"] is not None:
                assert doc["text"][c["start"]:c["end"]] == c["sentence"]
