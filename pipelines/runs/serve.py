"""The deployments ``callqa serve`` runs against a Prefect server: ``nightly`` on a cron
schedule in the center's time zone, ``rescore`` and ``retranscribe`` on demand.

Ops then see every run, its logs, retries and failed calls in the Prefect UI, and start an
on-demand run there or with ``prefect deployment run 'rescore/rescore' -p call_ids='["c1"]'``.
"""
from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.schedules import Cron
from prefect.types.entrypoint import EntrypointType

from callqa.pipelines.inputs.recordings import center_tz
from callqa.pipelines.runs.nightly import RETRY_LIMIT, new_run_id, nightly
from callqa.pipelines.runs.retranscribe import retranscribe_flow

DEFAULT_CRON = "0 2 * * *"   # 02:00 in CALLQA_TZ: yesterday's calls are all in by then


@flow(name="rescore")
def rescore_flow(out: str, rulebook: str | None = None, call_ids: list[str] | None = None,
                 selection: dict[str, Any] | None = None) -> dict:
    """On-demand deployment: rescores stored calls (no audio); ``selection`` holds any further
    keyword arguments of :func:`callqa.pipelines.runs.rescore.rescore` (dates, checks, …)."""
    from callqa.rules import load_rulebook

    from callqa.pipelines.runs.rescore import rescore

    results, skipped = rescore(out, load_rulebook(rulebook), new_run_id(), call_ids, **(selection or {}))
    return {"rescored": len(results), "failed": sum(r.status == "failed" for r in results),
            "skipped": list(skipped)}


def build_deployments(store: str, out: str, manifest: str | None = None, cron: str = DEFAULT_CRON,
                      asr: dict | None = None, rulebook: str | None = None, agent_channel: str = "left",
                      workers: int | None = None, cluster: str | None = None,
                      retry_limit: int = RETRY_LIMIT) -> list:
    """The three deployments, with their defaults baked in as parameters (changeable per run)."""
    tz = str(center_tz())
    common: dict[str, Any] = dict(entrypoint_type=EntrypointType.MODULE_PATH, tags=["callqa"])
    return [
        nightly.to_deployment(
            "nightly", schedule=Cron(cron, timezone=tz),
            parameters=dict(store=store, out=out, date="yesterday", manifest=manifest, asr=asr or {},
                            rulebook=rulebook, agent_channel=agent_channel, workers=workers,
                            cluster=cluster, retry_limit=retry_limit),
            description=f"Yesterday's calls of {store}, scored into {out}, at '{cron}' ({tz}).",
            concurrency_limit=1, **common),   # two nights at once would only fight over the workers
        rescore_flow.to_deployment(
            "rescore", parameters=dict(out=out, rulebook=rulebook),
            description="Rescore stored calls (pass call_ids, or a selection); no audio needed.", **common),
        retranscribe_flow.to_deployment(
            "retranscribe", parameters=dict(store=store, out=out, rulebook=rulebook, asr=asr or {}),
            description="Transcribe chosen calls again (e.g. asr={'model': 'large-v3', 'device': 'cuda'}), "
                        "then rescore; the old transcript stays as the previous version.", **common),
    ]


def serve_deployments(deployments: list) -> None:
    """Blocks, running scheduled and requested flow runs until interrupted."""
    from prefect import serve

    serve(*deployments)
