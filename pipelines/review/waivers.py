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


def join(alias: str, w: str = "w") -> str:
    """SQL: the ``waived`` row of each finding of table ``alias`` (with ``call_id`` and
    ``finding_id``), as table ``w`` — at most one a finding (both sides of the view are grouped
    by finding), so no finding is repeated. Needs the ``waived`` view (every
    :func:`~callqa.pipelines.sink.query.connect` has it)."""
    return f"LEFT JOIN waived {w} ON {w}.call_id = {alias}.call_id AND {w}.finding_id = {alias}.finding_id"


def columns(alias: str, w: str = "w") -> str:
    """SQL select list over :func:`join`: ``waived`` (why it no longer counts, else NULL),
    ``counts`` (not waived) and ``problem`` (问题: counts and costs points or is fatal)."""
    return (f"{w}.why AS waived, {w}.why IS NULL AS counts, "
            f"({w}.why IS NULL AND ({alias}.points > 0 OR {alias}.fatal)) AS problem")


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
