"""No personal item of the labelled set (eval/pii/calls.jsonl, written independently of the
recognisers) is left in anything `callqa score` and `callqa rescore` write; the unredacted
copy exists only with --keep-raw, in a table no query view shows."""
import json

import pytest
from typer.testing import CliRunner

from callqa.pipelines.display.cli import app
from callqa.pipelines.sink.query import run_query
from callqa.pipelines.sink.tables import read_dataset
from conftest import REPO

PII = REPO / "eval" / "pii" / "calls.jsonl"


def _calls():
    return [json.loads(line) for line in PII.read_text(encoding="utf-8").splitlines() if line.strip()]


def _secrets() -> set[str]:
    """Every labelled part's text and every item's value, long enough to be unambiguous."""
    out = set()
    for call in _calls():
        for item in call["pii"]:
            if item["kind"] in ("name", "address"):
                out.update(p["text"] for p in item["parts"] if len(p["text"]) >= 3)
            else:
                out.add(item["value"])
                out.update(p["text"] for p in item["parts"] if len(p["text"]) >= 7)
    return out


def _stored_text(out, tables=("calls", "segments", "findings", "activity")) -> str:
    return "\n".join(json.dumps(read_dataset(out, t).to_pylist(), ensure_ascii=False, default=str) for t in tables)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pii")
    src = tmp / "pii.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, call in enumerate(_calls()):
            caller = "1390000%04d" % i
            f.write(json.dumps({"call_id": call["call_id"], "caller": caller, "agent_id": "A1",
                                "started_at": "2026-11-21T10:00:00+08:00", "segments": call["segments"],
                                "customer_phone": caller}, ensure_ascii=False) + "\n")
    out = tmp / "out"
    runner = CliRunner()
    res = runner.invoke(app, ["score", str(src), "--out", str(out), "-q", "--keep-raw", "--workers", "1"])
    assert res.exit_code == 0, res.output
    return src, out


def test_nothing_personal_is_written_by_score_or_rescore(scored):
    _, out = scored
    secrets = _secrets()
    assert len(secrets) > 100
    text = _stored_text(out)
    leaked = sorted(s for s in secrets if s in text)
    assert leaked == []
    assert "1390000" not in text                      # callers and their metadata copies hashed/masked
    res = CliRunner().invoke(app, ["rescore", "--out", str(out)])
    assert res.exit_code == 0, res.output
    text = _stored_text(out)
    assert sorted(s for s in secrets if s in text) == []


def test_the_raw_copy_is_kept_apart_and_owner_only(scored):
    _, out = scored
    raw = read_dataset(out, "segments_raw")
    assert raw.num_rows == read_dataset(out, "segments").num_rows
    assert any("一三" in t or "13" in t for t in raw["text"].to_pylist())
    assert (out / "segments_raw").stat().st_mode & 0o077 == 0
    views = {r[0] for r in run_query(out, "SELECT table_name FROM information_schema.tables")[1]}
    assert "segments_raw" not in views and {"calls", "segments", "findings"} <= views


def test_a_missing_caller_key_stops_before_anything_is_written(tmp_path, monkeypatch):
    monkeypatch.delenv("CALLQA_PRIVACY_KEY")
    src = tmp_path / "t.jsonl"
    src.write_text(json.dumps({"call_id": "c1", "segments": [{"speaker": "agent", "start": 0, "end": 1, "text": "您好"}]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["score", str(src), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "CALLQA_PRIVACY_KEY" in res.output
    assert not (tmp_path / "o" / "calls").exists()


def test_review_files_and_the_report_hold_nothing_personal(scored, tmp_path):
    _, out = scored
    runner = CliRunner()
    res = runner.invoke(app, ["sample", "--out", str(out), "--date", "2026-11-21", "--size", "40",
                              "--files", str(tmp_path / "review")])
    assert res.exit_code == 0, res.output
    page = tmp_path / "report.html"
    res = runner.invoke(app, ["report", "--out", str(out), "--month", "2026-11", "--html", str(page),
                              "--format", "both"])
    assert res.exit_code == 0, res.output
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".csv" for p in written) and page.is_file()
    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in written if p.suffix in (".csv", ".html")]
    import zipfile
    for p in written:
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                texts += [z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".xml")]
    secrets = _secrets()
    assert sorted(s for s in secrets if any(s in t for t in texts)) == []


def test_rescoring_keeps_the_caller_hash(scored):
    """A stored caller is a hash already: rewriting the call must not hash it again (repeat
    callers would stop matching)."""
    _, out = scored
    def callers():
        return {r["call_id"]: r["caller"] for r in read_dataset(out, "calls", columns=["call_id", "caller"]).to_pylist()}
    before = callers()
    assert CliRunner().invoke(app, ["rescore", "--out", str(out)]).exit_code == 0
    assert callers() == before and all(len(c) == 64 for c in before.values())
