"""Which findings still count: the one definition every consumer uses.

A stored finding **counts** unless people waived it:

* an appeal (申诉) about it was decided ``overturned`` (撤销), or
* more of its reviewers rejected it than confirmed it (a tie keeps it: the machine's finding
  stands until settled), and no appeal about it was decided ``upheld`` (维持).

A waived finding stays in the ``findings`` table (its id keeps the verdicts and the appeal
attached, and its ``fatal`` flag still says what the rule says) with 0 points after the call is
rescored; it is never a problem again: not in A/B/C counts, scorecards, tariff or complaint
counts, examples, nor a clip's "worst finding". A **problem** (问题) is a finding that counts
and costs points or is fatal.

The definition is SQL over the ``reviews`` and ``appeals`` tables (:data:`WAIVED_SQL`):
:func:`callqa.pipelines.sink.query.connect` makes it the view ``waived`` (``call_id``,
``finding_id``, ``why`` = ``overturned`` | ``rejected``), and
:func:`callqa.pipelines.review.rescoring.waived_findings` runs the same SQL over the rows it
reads, so the scores and every figure agree.
"""
from __future__ import annotations

WHY = {"overturned": "申诉撤销", "rejected": "复核驳回"}

WAIVED_SQL = """
WITH verdicts AS (
    SELECT call_id, finding_id, sum(CASE WHEN verdict = 'reject' THEN 1 ELSE -1 END) AS net
    FROM reviews WHERE kind = 'finding' AND finding_id IS NOT NULL GROUP BY call_id, finding_id),
decided AS (SELECT call_id, finding_id, any_value(status) AS status FROM appeals GROUP BY call_id, finding_id)
SELECT coalesce(d.call_id, v.call_id) AS call_id, coalesce(d.finding_id, v.finding_id) AS finding_id,
       CASE WHEN d.status = 'overturned' THEN 'overturned' ELSE 'rejected' END AS why
FROM verdicts v FULL OUTER JOIN decided d ON v.call_id = d.call_id AND v.finding_id = d.finding_id
WHERE d.status = 'overturned' OR (coalesce(d.status, '') <> 'upheld' AND coalesce(v.net, 0) > 0)
"""


def counts(alias: str = "") -> str:
    """SQL: the finding (table ``alias``, with ``call_id`` and ``finding_id``) still counts.
    Needs the ``waived`` view (every :func:`~callqa.pipelines.sink.query.connect` has it)."""
    a = f"{alias}." if alias else ""
    return (f"NOT EXISTS (SELECT 1 FROM waived w WHERE w.call_id = {a}call_id "
            f"AND w.finding_id = {a}finding_id)")


def problem(alias: str = "") -> str:
    """SQL: the finding is a problem (问题): it counts and costs points or is fatal."""
    a = f"{alias}." if alias else ""
    return f"({counts(alias)} AND ({a}points > 0 OR {a}fatal))"


def waived_rows(reviews, appeals) -> list[dict]:
    """The waived findings (``call_id``, ``finding_id``, ``why``) among Arrow tables of
    ``reviews`` and ``appeals`` rows — :data:`WAIVED_SQL` run by DuckDB over them."""
    import duckdb

    if reviews.num_rows == 0 and appeals.num_rows == 0:
        return []                       # nothing decided by people (most rescores): no DuckDB needed
    con = duckdb.connect()
    try:
        con.register("reviews", reviews)
        con.register("appeals", appeals)
        cur = con.execute(WAIVED_SQL)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]
    finally:
        con.close()
