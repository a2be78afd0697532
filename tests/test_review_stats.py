"""Review stats: per-rule false-positive rates with Wilson intervals, missed problems, and
agreement between reviewers on the same findings."""
from __future__ import annotations

import pytest

from review_calls import day_of_calls, scored_copy

from callqa.rules import load_rulebook

from callqa.pipelines.review.stats import pair_agreement, rule_stats, wilson
from callqa.pipelines.review.verdicts import import_reviews
from callqa.pipelines.sink.tables import read_dataset

BOOK = load_rulebook()


def test_wilson_interval_matches_published_values():
    # Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 → 0.2553–0.3662; 0/10 → 0–0.2775
    lo, hi = wilson(81, 263)
    assert (round(lo, 4), round(hi, 4)) == (0.2553, 0.3662)
    lo, hi = wilson(0, 10)
    assert lo == 0.0 and round(hi, 4) == 0.2775
    assert wilson(0, 0) == (0.0, 1.0)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    return scored_copy(tmp_path_factory, "stats", day_of_calls("2026-11-23"))


def test_per_rule_counts_and_reviewer_agreement(scored, tmp_path):
    out = scored(tmp_path)
    findings = read_dataset(out, "findings", {"c002", "c003", "c004"}).to_pylist()
    rows = []
    for f in findings:
        # 李娜 rejects every tariff finding; 赵强 agrees except on c004's tariff finding
        li = "reject" if f["rule_id"] == "QA151" else "confirm"
        zhao = "confirm" if (f["rule_id"] == "QA151" and f["call_id"] == "c004") else li
        rows += [(f["call_id"], f["finding_id"], li, "李娜"), (f["call_id"], f["finding_id"], zhao, "赵强")]
    rows.append(("c002", "", "missed", "李娜", "QA171", "12.0"))
    rows.append(("c003", "", "missed", "赵强", "QA171", "15.0"))
    path = tmp_path / "r.csv"
    path.write_text("call_id,finding_id,verdict,reviewer,rule_id,at\n"
                    + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    import_reviews(out, path, BOOK, "r1")
    stats = {s.rule_id: s for s in rule_stats(out)}
    tariff = stats["QA151"]
    # 3 tariff findings: c002 and c003 rejected by both, c004 split 1:1 (a tie counts as confirmed)
    assert (tariff.reviewed, tariff.confirmed, tariff.rejected) == (3, 1, 2)
    assert tariff.fp_rate == pytest.approx(2 / 3) and tariff.interval == wilson(2, 3)
    assert (stats["QA121"].reviewed, stats["QA121"].rejected, stats["QA121"].fp_rate) == (3, 0, 0.0)
    assert (stats["QA122"].reviewed, stats["QA122"].confirmed) == (6, 6)
    assert (stats["QA171"].reviewed, stats["QA171"].missed, stats["QA171"].fp_rate) == (0, 2, None)
    [pair] = pair_agreement(out)
    assert (pair.reviewer_a, pair.reviewer_b) == tuple(sorted(["李娜", "赵强"]))
    assert (pair.calls, pair.findings, pair.agreed) == (3, 12, 11)
    assert pair.agreement == pytest.approx(11 / 12)
    assert rule_stats(out, since="2026-12-01") == [] and pair_agreement(out, until="2026-11-01") == []
