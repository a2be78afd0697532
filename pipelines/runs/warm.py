"""Imported by the forkserver of :mod:`.workers` (``set_forkserver_preload``), never by callqa
itself: loads what every ``score``/``rescore`` worker needs, once, so that the workers forked
from the forkserver start with it — the rules' modules, jieba's dictionary and POS tags, the
transcript parser, the privacy settings' modules and the rulebook named by
``$CALLQA_WARM_RULEBOOK`` (empty: the shipped one) with its guard models. Nothing here may start a thread (no
pyarrow, no deltalake): the forkserver forks.

A failure here is not an error: the worker then loads what it needs itself."""
import os

try:
    from callqa.rules import load_rulebook
    from callqa.rules.segmenter import posseg

    import callqa.pipelines.inputs.transcripts  # noqa: F401
    import callqa.pipelines.privacy  # noqa: F401
    import callqa.pipelines.record  # noqa: F401

    posseg()
    load_rulebook(os.environ.get("CALLQA_WARM_RULEBOOK") or None).identity    # its guard models loaded too
except Exception:   # noqa: BLE001 — an unreadable rulebook is reported by the worker that loads it
    pass
