"""The runs (nightly, score, rescore, retranscribe, redact…), and what they share."""


def new_run_id() -> str:
    """A new run's id: UTC time and a random suffix. Here rather than in :mod:`.nightly`, so
    that ``callqa score`` and ``rescore`` get one without the ASR stack that module imports."""
    import uuid
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
