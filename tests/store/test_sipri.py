"""SIPRI reconciliation on small hand-written files in both export layouts (invented rows),
and on the real exports in ../shared when present."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armsgraph.cli import app
from armsgraph.store import open_store
from armsgraph.store.errors import SipriFormatError
from armsgraph.store.families import family_of
from armsgraph.store.sipri import actor_id, read_sipri
from store_factory import corpus, make_doc, transfer

PREAMBLE = "\n".join(f"Preamble line {i} of a hand-made test export." for i in range(1, 11)) + "\n\n"
PER_DEAL = PREAMBLE + """Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons
Belarus,Russia,2022,?,4,?,9K720 Iskander,SSM launcher,4,,2022; 2023,New,test row,1,4,4
Belarus,Russia,2019,,12,,Tor-M2,mobile SAM system,12,,2020,New,,1,12,12
Serbia,China,2019,,6,,CH-92A,armed UAV,6,,2020,New,,1,6,6
India,Russia,2018,,5,,S-400,SAM system,,,,New,"comment, with a comma",1,5,
"""
PER_DELIVERY = "\n".join(l + ";" for l in (
    "Hand-made test export in the per-delivery layout.", "Another preamble line.", "",
    "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,"
    "Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,"
    "Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production",
    "101,Russia,Belarus,9K720 Iskander,SSM launcher,Missiles,2022,Yes,2,No,2022,No,New,1,1,2,No",
    "101,Russia,Belarus,9K720 Iskander,SSM launcher,Missiles,2022,Yes,2,No,2023,No,New,1,1,2,No",
    "102,Russia,Belarus,Tor-M2,mobile SAM system,Air-defence systems,2019,No,12,No,2020,No,New,1,1,12,No",
    "103,China,Serbia,CH-92A,armed UAV,Aircraft,2019,No,6,No,2020,No,New,1,1,6,No",
    "104,Soviet Union,Cote d'Ivoire,BTR-60PB,APC,Armoured vehicles,1980,No,3,No,1981,No,New,1,1,3,No",
)) + "\n"


def _files(tmp_path: Path) -> dict[str, Path]:
    a = tmp_path / "per-deal.csv"
    a.write_text(PER_DEAL, encoding="cp1252")
    b = tmp_path / "per-delivery.csv"
    b.write_text(PER_DELIVERY.replace("\n", "\r\n"), encoding="utf-8")
    return {"per-deal": a, "per-delivery": b}


def test_reads_both_layouts(tmp_path):
    files = _files(tmp_path)
    layout, deals = read_sipri(files["per-deal"])
    assert layout == "per-deal" and len(deals) == 4
    isk = deals[0]
    assert (isk.supplier, isk.recipient, isk.order_year, isk.delivery_years) == ("RUS", "BLR", 2022, [2022, 2023])
    assert deals[3].delivery_years == [] and deals[3].recipient == "IND"
    layout, deals = read_sipri(files["per-delivery"])
    assert layout == "per-delivery" and len(deals) == 4       # rows grouped by database id
    assert deals[0].delivery_years == [2022, 2023] and deals[0].delivered == "4"
    assert deals[1].category == "category:air-defence"
    assert (deals[3].supplier, deals[3].recipient) == ("SUN", "CIV")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(SipriFormatError) as err:
        read_sipri(bad)
    assert err.value.code == "AG507" and "bad.csv" in str(err.value)


def test_actor_names():
    assert actor_id("Russia") == "RUS" and actor_id("Turkiye") == "TUR"
    assert actor_id("United States") == "USA" and actor_id("NATO**") == "NATO"
    assert actor_id("Hezbollah (Lebanon)*") == "nsa:hezbollah-lebanon"
    assert actor_id("unknown supplier(s)") == "UNK"


@pytest.mark.parametrize("layout", ["per-deal", "per-delivery"])
def test_reconcile(db_url, tmp_path, layout):
    docs = corpus() + [make_doc("d-air", ["Russia supplied air defence systems to Belarus in 2020."],
                                [transfer("done", 2020, "category:air-defence")])]
    with open_store(db_url) as s:
        s.ingest_documents(docs)
        result = s.reconcile(_files(tmp_path)[layout], window=2)
    assert result["sipri"]["layout"] == layout
    confirmed = {(c["supplier"], c["recipient"], c["system"]) for c in result["confirmed"]}
    assert confirmed == {("RUS", "BLR", family_of("Iskander")), ("RUS", "BLR", "category:air-defence")}
    only = result["corpus_only"]
    assert [(c["supplier"], c["system"]) for c in only] == [("CHN", family_of("Wing Loong"))]
    assert only[0]["quotes"][0]["sentence"].startswith("China sold Wing Loong drones")
    assert {s["designation"] for s in result["sipri_only"]} == {"CH-92A"}
    assert result["summary"] == {"corpus_deals": 3, "confirmed": 2, "corpus_only": 1, "sipri_only": 1}
    # the year window: a CH-92A delivery reported for 2005 is far from SIPRI's 2019-2020 deal
    with open_store(db_url) as s:
        s.ingest_documents([make_doc("d-ch", ["China delivered CH-92A drones to Serbia in 2005."],
                                     [transfer("done", 2005, "CH-92A", supplier="CHN", recipient="SRB")])])
        narrow = s.reconcile(_files(tmp_path)[layout], window=2)
        wide = s.reconcile(_files(tmp_path)[layout], window=15)
    ch92 = family_of("CH-92A")
    assert ("CHN", ch92) in {(c["supplier"], c["system"]) for c in narrow["corpus_only"]}
    assert narrow["sipri_only"] == []          # the corpus does mention that deal
    assert ("CHN", ch92) in {(c["supplier"], c["system"]) for c in wide["confirmed"]}


def test_reconcile_cli_and_real_exports(shared, tmp_path):
    db = str(tmp_path / "kb.db")
    with open_store(db) as s:
        s.ingest_documents(corpus())
    runner = CliRunner(env={"COLUMNS": "200"})
    for name in ("trade-register-2025-03.csv", "trade-register-2026.csv"):
        path = shared / "reference" / "sipri" / name
        layout, deals = read_sipri(path)
        assert len(deals) > 5000
        ids = {x for d in deals for x in (d.supplier, d.recipient)}
        assert {"RUS", "BLR", "USA", "UKR", "CHN"} <= ids
        r = runner.invoke(app, ["reconcile", "--sipri", str(path), "--db", db, "--json"])
        assert r.exit_code == 0, r.output
        result = json.loads(r.output)
        assert ("RUS", "BLR", family_of("Iskander")) in {(c["supplier"], c["recipient"], c["system"])
                                              for c in result["confirmed"]}
        assert all(s["supplier"] in ("RUS", "CHN") for s in result["sipri_only"])
        r = runner.invoke(app, ["reconcile", "--sipri", str(path), "--db", db])
        assert r.exit_code == 0 and "confirmed by SIPRI" in r.output
