"""`callqa serve`'s deployments are built with the right schedule and plain parameters
(built only: serving blocks and needs a Prefect server)."""
import json

from typer.testing import CliRunner

from callqa.pipelines.display.cli import app
from callqa.pipelines.runs.serve import build_deployments


def test_deployments_schedule_and_parameters(monkeypatch):
    monkeypatch.setenv("CALLQA_TZ", "Europe/Berlin")
    asr = {"model": "large-v3", "device": "cuda"}
    deps = {d.name: d for d in build_deployments("/rec", "/qa", manifest="/rec/m.csv", asr=asr, workers=2,
                                                 cluster="tcp://10.0.0.5:8786")}
    assert set(deps) == {"nightly", "rescore", "retranscribe"}
    nightly = deps["nightly"]
    [schedule] = nightly.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == ("0 2 * * *", "Europe/Berlin")
    assert nightly.parameters == {"store": "/rec", "out": "/qa", "date": "yesterday", "manifest": "/rec/m.csv",
                                  "asr": asr, "rulebook": None, "agent_channel": "left", "workers": 2,
                                  "cluster": "tcp://10.0.0.5:8786", "retry_limit": 3}
    json.dumps(nightly.parameters)               # plain values only: a deployment stores them as JSON
    assert nightly.entrypoint == "callqa.pipelines.runs.nightly.nightly"
    assert nightly.concurrency_limit == 1
    for name in ("rescore", "retranscribe"):     # on demand: no schedule
        assert deps[name].schedules == [] and deps[name].parameters["out"] == "/qa"
    assert deps["retranscribe"].parameters["asr"] == asr
    assert deps["rescore"].entrypoint == "callqa.pipelines.runs.serve.rescore_flow"


def test_custom_cron():
    [nightly, *_] = build_deployments("/rec", "/qa", cron="30 1 * * 1-5")
    assert nightly.schedules[0].schedule.cron == "30 1 * * 1-5"


def test_serve_without_a_prefect_server_explains_what_to_do(tmp_path, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "prefect server start" in result.output
