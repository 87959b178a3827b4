"""Regression alarms on the held-out claim sets (never tuned on).

- tests/data/heldout: 12 articles; floor = measured strict F1 minus 0.05
  (benchmarks/RESULTS.md has the command and numbers).
- tests/data/heldout2: 15 articles written blind (see its README), read as a development
  set since the third session; floor = measured strict F1 minus 0.05.
- tests/data/heldout3: 20 articles written blind (see its README); floor = measured
  strict F1 minus 0.03. Report only its summary numbers, never its errors.
- tests/data/heldout4: 20 articles written blind in the fourth session (see its README); floor =
  measured strict F1 minus 0.03. Report only its summary numbers, never its errors.
- tests/data/heldout5: 20 articles written blind in the fifth session (see its README), read
  as a development set since the sixth session; floor = measured strict F1 minus 0.05.
- tests/data/heldout6: 20 articles written blind in the sixth session (see its README), read
  as a development set since the seventh session; floor = measured strict F1 minus 0.05.
- tests/data/heldout7: 20 articles written blind in the seventh session (see its README), read
  as a development set since the eighth; floor = measured strict F1 minus about 0.03.
- tests/data/heldout8: 20 articles written blind in the eighth session, in forms no earlier set
  used (see its README), read as a development set after its first run; floor = measured
  strict F1 minus about 0.03.
- tests/data/heldout9: 20 articles written blind in the eighth session, in the everyday forms of
  news (wire copy, trade press, regional outlets, a press release, an op-ed, a scraped page; see
  its README); floor = measured strict F1 minus about 0.03. Report only its summary numbers,
  never its errors.
- tests/data/heldout10: 20 articles written blind in the ninth session, in everyday news forms
  on topics no earlier set used (see its README); floor = measured strict F1 minus about 0.03.
  Report only its summary numbers, never its errors.
- tests/data/heldout11: 20 articles written blind in the tenth session, in everyday news forms
  (and a live blog, a Q&A, a timeline, a corrections note, a parliamentary answer) on topics no
  earlier set used (see its README); floor = measured strict F1 minus about 0.03. Report only
  its summary numbers, never its errors.
- tests/data/dev3: 20 articles written for development (see its README); its errors are
  read; floor = measured strict F1 minus 0.05.
- tests/data/dev4: 24 articles written for development in the fourth session, most of their
  claims deployments, exercises, cooperation and tests (see its README); its errors are
  read; floor = measured strict F1 minus 0.05.

Each set also has floors on the share of strict hits whose quantity and year equal the
gold's (measured share minus about 0.08; thirteenth session).

A floor is an alarm against regressions, not a target: never raise rules to meet it
and never lower it to hide a drop without saying why."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "heldout_claims.py"


@dataclass(frozen=True)
class HeldOut:
    folder: Path
    articles: int
    floor: float  # strict F1 floor: measured strict F1 minus 0.05 (heldout3-11: about 0.03)
    # shares of strict hits whose quantity / year equal the gold's (the scorer's "attributes
    # on strict hits"); floor = measured share minus about 0.08 (small denominators)
    quantities: float = 0.0
    years: float = 0.0

    @property
    def gold(self) -> Path:
        return self.folder / "claims.jsonl"


SETS = [
    # measured 0.277 at first (tree at a0a80b5), 0.837 on 2026-11-25 after its error classes
    # guided general work (no longer blind); 0.872 at the end of the fifth session, 0.879 at
    # the end of the sixth (and of the thirteenth to the fifteenth), 0.881 at the end of the sixteenth,
    # 0.886 at the end of the seventeenth, 0.886 at the end of the eighteenth
    # 0.892 at the end of the nineteenth
    # 0.892 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout", 12, 0.82, 0.76, 0.87), id="heldout"),
    # measured 0.251 on 2026-11-25 (tree at 4b04f5a), first run before any tuning; 0.304 at
    # the end of that session, still blind; 0.363 once its gold named systems outside
    # systems.tsv as GUIDELINES asks; 0.719 after the third session read its errors; 0.738
    # at the end of the fourth, 0.756 at the end of the fifth, 0.766 at the end of the sixth,
    # 0.761 at the end of the seventh, 0.746 at the end of the eighth (its writer names systems
    # outside the schema's table by catalog family; claims now take the text's name), 0.756
    # at the end of the ninth, 0.760 at the end of the tenth and eleventh, 0.769 at the end
    # of the twelfth to the fifteenth, 0.776 at the end of the sixteenth, 0.781 at the end of the seventeenth
    # 0.787 at the end of the eighteenth
    # 0.787 at the end of the nineteenth
    # 0.794 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout2", 15, 0.75, 0.56, 0.76), id="heldout2"),
    # measured 0.489 on 2026-11-25 (tree at ad6bb63), first and only run, before any tuning;
    # blind: only summary numbers were looked at (and, twice, counts of miss classes); 0.517
    # at the end of the third session, 0.555 at the end of the fourth, 0.594 at the end of
    # the fifth, 0.597 at the end of the sixth, 0.591 at the end of the seventh, 0.619 at the
    # end of the eighth, 0.669 at the end of the ninth, 0.678 at the end of the tenth, 0.685 at
    # the end of the eleventh and twelfth, 0.690 at the end of the thirteenth, 0.697 at the end
    # of the fourteenth, 0.699 at the end of the fifteenth, 0.703 at the end of the sixteenth,
    # 0.705 at the end of the seventeenth, 0.705 at the end of the eighteenth
    # 0.712 at the end of the nineteenth
    # 0.719 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout3", 20, 0.67, 0.85, 0.79), id="heldout3"),
    # measured 0.564 on 2026-11-25 (tree at 9f5ab36 plus the work tree's uncommitted edits),
    # first run, before any tuning; blind: only summary numbers (and, once, counts of
    # miss classes) were looked at; 0.598 at the end of the fourth session, 0.606 at the
    # end of the fifth, 0.605 at the end of the sixth, 0.607 at the end of the seventh, 0.619
    # at the end of the eighth, 0.625 at the end of the ninth, 0.627 at the end of the tenth
    # and eleventh (in the eleventh the lead's grep of dev gold files for a system name also
    # printed one of its gold lines, unused); 0.627 at the end of the twelfth to the fourteenth
    # (in the fourteenth a count of gold system names over every set's claims, names only, was printed, unused),
    # 0.629 at the end of the fifteenth, 0.634 at the end of the sixteenth, 0.640 at the end of the seventeenth
    # 0.640 at the end of the eighteenth
    # 0.644 at the end of the nineteenth
    # 0.644 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout4", 20, 0.60, 0.70, 0.85), id="heldout4"),
    # measured 0.487 at its first run (tree at 780574f), 0.699 after its errors guided
    # general work in the same session; 0.784 at the end of the fourth, 0.807 at the end of
    # the fifth, 0.822 at the end of the sixth, 0.827 at the end of the seventh and eighth,
    # 0.825 at the end of the ninth, 0.830 at the end of the tenth to the thirteenth, 0.833 at the
    # end of the fourteenth, 0.837 at the end of the fifteenth, 0.842 at the end of the sixteenth,
    # 0.852 at the end of the seventeenth, 0.852 at the end of the eighteenth
    # 0.860 at the end of the nineteenth
    # 0.860 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "dev3", 20, 0.80, 0.68, 0.78), id="dev3"),
    # written in the fourth session without knowledge of the extractor, rich in deployments,
    # exercises, cooperation and tests; measured 0.374 at its first run (tree at 9f5ab36),
    # 0.632 after its errors guided general work in the same session, 0.763 at the end of
    # the fifth, 0.774 at the end of the sixth, 0.811 at the end of the seventh, 0.805 at the
    # end of the eighth (its writer calls the MV-22 "V-22"; claims take the text's name),
    # 0.820 at the end of the ninth to the fifteenth, 0.827 at the end of the sixteenth and seventeenth
    # 0.834 at the end of the eighteenth
    # 0.838 at the end of the nineteenth
    # 0.838 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "dev4", 24, 0.80, 0.65, 0.79), id="dev4"),
    # measured 0.482 on 2026-11-25 (tree at 68f784e plus the work tree's uncommitted edits),
    # first run, before any tuning; blind: only summary numbers were looked at (a helper's
    # grep once printed three of its gold lines, unused); 0.484 at the end of the fifth session;
    # a development set since the sixth (its errors guided general work): 0.785 at its end,
    # 0.796 at the end of the seventh, 0.824 at the end of the eighth, 0.831 at the end of the ninth,
    # 0.839 at the end of the tenth to the thirteenth, 0.842 at the end of the fourteenth and fifteenth,
    # 0.848 at the end of the sixteenth, 0.856 at the end of the seventeenth
    # 0.863 at the end of the eighteenth
    # 0.877 at the end of the nineteenth
    # 0.880 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout5", 20, 0.83, 0.63, 0.82), id="heldout5"),
    # measured 0.316 on 2026-11-26 (tree at 629b457 plus the work tree's uncommitted edits),
    # first run, before any tuning; blind: only summary numbers were looked at; 0.303 at the
    # end of the sixth session; a development set since the seventh (its errors guided
    # general work): 0.702 at its end, 0.724 at the end of the eighth, 0.734 at the end of the ninth,
    # 0.738 at the end of the tenth, 0.753 at the end of the eleventh, 0.777 at the end of the
    # twelfth, 0.782 at the end of the thirteenth, 0.786 at the end of the fourteenth, 0.794 at
    # the end of the fifteenth and sixteenth, 0.800 at the end of the seventeenth
    # 0.803 at the end of the eighteenth
    # 0.815 at the end of the nineteenth
    # 0.815 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout6", 20, 0.78, 0.74, 0.75), id="heldout6"),
    # measured 0.500 on 2026-11-26 (tree at 39a33a3 plus the work tree's uncommitted edits),
    # first and only run, before any tuning; blind: only summary numbers (and aggregate
    # counts of miss and false-alarm classes, no sentences) were looked at; 0.502 with the
    # session's starting code, 0.518 at the end of the seventh session; a development set
    # since the eighth (its errors guided general work): 0.599 at its end, 0.630 at the end of
    # the ninth, 0.640 at the end of the tenth, 0.648 at the end of the eleventh, 0.677 at the
    # end of the twelfth, 0.683 at the end of the thirteenth, 0.703 at the end of the fourteenth,
    # 0.707 at the end of the fifteenth, 0.730 at the end of the sixteenth, 0.756 at the end of the seventeenth
    # 0.778 at the end of the eighteenth
    # 0.797 at the end of the nineteenth
    # 0.812 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout7", 20, 0.78, 0.61, 0.82), id="heldout7"),
    # measured 0.292 on 2026-11-26 (tree at 6dcba45 plus the work tree's uncommitted edits),
    # first and only blind run; then read as a development set in the same session (its
    # forms left whole types near zero): 0.375 at the end of the eighth, 0.423 at the end of
    # the ninth, 0.438 at the end of the tenth, 0.449 at the end of the eleventh, 0.491 at the
    # end of the twelfth, 0.502 at the end of the thirteenth, 0.520 at the end of the fourteenth,
    # 0.541 at the end of the fifteenth, 0.554 at the end of the sixteenth, 0.584 at the end of the seventeenth
    # 0.613 at the end of the eighteenth
    # 0.642 at the end of the nineteenth
    # 0.648 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout8", 20, 0.60, 0.56, 0.53), id="heldout8"),
    # measured 0.451 on 2026-11-26 (tree at ccde7f2, no uncommitted edits), first and only
    # run, before any tuning; blind: only summary numbers (and aggregate counts of miss and
    # false-alarm classes, no sentences) were looked at; 0.451 at the end of the eighth session,
    # 0.456 at the end of the ninth and tenth, 0.462 at the end of the eleventh, 0.466 at the
    # end of the twelfth, 0.472 at the end of the thirteenth, 0.476 at the end of the fourteenth,
    # 0.481 at the end of the fifteenth, 0.490 at the end of the sixteenth, 0.491 at the end of the seventeenth
    # 0.496 at the end of the eighteenth
    # 0.496 at the end of the nineteenth
    # 0.509 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout9", 20, 0.47, 0.74, 0.71), id="heldout9"),
    # measured 0.609 on 2026-11-26 (tree at 5ea74de, no uncommitted edits), first and only
    # run, before any tuning; blind: only summary numbers and aggregate counts were looked
    # at; 0.619 at the end of the ninth session (the lead had written the topic list of its
    # brief and probed the extractor with sentences of its own on some of those topics), 0.623
    # at the end of the tenth, 0.634 at the end of the eleventh (in the eleventh the lead's grep
    # of dev gold files for a system name also printed four of its gold lines, unused), 0.638
    # at the end of the twelfth and thirteenth, 0.640 at the end of the fourteenth, 0.656 at the
    # end of the fifteenth and sixteenth, 0.663 at the end of the seventeenth
    # 0.663 at the end of the eighteenth
    # 0.669 at the end of the nineteenth
    # 0.677 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout10", 20, 0.63, 0.61, 0.72), id="heldout10"),
    # measured 0.513 on 2026-11-26 (tree at fab039d, no uncommitted edits), first and only
    # run, before any tuning; blind: only summary numbers were looked at; 0.513 at the end of
    # the tenth session (the lead wrote the topic list of its brief) and of the eleventh, 0.526
    # at the end of the twelfth, 0.534 at the end of the thirteenth, 0.536 at the end of the fourteenth,
    # 0.541 at the end of the fifteenth to the seventeenth, 0.543 at the end of the eighteenth
    # 0.545 at the end of the nineteenth
    # 0.548 at the end of the twentieth
    pytest.param(HeldOut(ROOT / "tests" / "data" / "heldout11", 20, 0.51, 0.67, 0.72), id="heldout11"),
]


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_claims", shared / "eval" / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("held", SETS)
def test_heldout_gold_is_well_formed(shared, held):
    """Every gold line parses, names a known type and a scorable key, and has evidence."""
    scorer = _scorer(shared)
    systems = scorer.load_systems(shared / "gold" / "systems.tsv")
    gold = scorer.read_jsonl(held.gold)
    texts = {p.stem for p in (held.folder / "texts").glob("*.txt")}
    assert len(texts) == held.articles
    for number, claim in enumerate(gold, 1):
        assert claim["doc"] in texts, f"claims.jsonl:{number}: unknown doc {claim['doc']}"
        assert scorer.key(claim, systems, False) is not None, f"claims.jsonl:{number}: no key"
        assert claim.get("evidence"), f"claims.jsonl:{number}: no evidence"
    assert {c["doc"] for c in gold} == texts


@pytest.mark.parametrize("held", [SETS[1], SETS[2], SETS[3], SETS[6], SETS[7], SETS[8], SETS[9], SETS[10], SETS[11], SETS[12]])
def test_blind_evidence_quotes_its_article(held):
    """Blind sets: each evidence part (joined by ' ... ') is a verbatim quote of its article."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (held.folder / "texts").glob("*.txt")}
    for number, line in enumerate(held.gold.read_text(encoding="utf-8").splitlines(), 1):
        claim = json.loads(line)
        for part in claim["evidence"].split(" ... "):
            assert part in texts[claim["doc"]], f"claims.jsonl:{number}: evidence not in {claim['doc']}: {part!r}"


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("held", SETS)
def test_heldout_claims_f1_floor(shared, tmp_path, held):
    pred = tmp_path / "pred.jsonl"
    done = subprocess.run([sys.executable, str(BENCH), "--set", str(held.folder), "--shared", str(shared),
                           "--pred", str(pred), "--json"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    # the benchmark must agree with the scorer run in-process on the same predictions
    scorer = _scorer(shared)
    systems = scorer.load_systems(shared / "gold" / "systems.tsv")
    strict = scorer.score(scorer.read_jsonl(held.gold), scorer.read_jsonl(pred), systems, False)
    assert strict["overall"] == result["strict"]["overall"]
    f1 = strict["overall"]["f1"]
    assert f1 >= held.floor, (f"strict claim F1 on {held.folder.name} fell to {f1:.3f} "
                              f"(floor {held.floor})")
    for name, floor in (("quantity", held.quantities), ("year", held.years)):
        right, of = (int(n) for n in strict["attributes_on_hits"][name].split("/"))
        assert of and right / of >= floor, (f"{name} right on {right}/{of} strict hits of "
                                            f"{held.folder.name} (floor {floor})")
