"""The default rulebook on wording it was not written for (issue 8): each family's act in
other words, and hard negatives (quoted, negated, conditional, about someone else, another
sense of the same words). Probes live in ``tests/fixtures/wording_probes.txt``, one a line:
``FAMILY +|- speaker:text / speaker:text``."""
from pathlib import Path

import pytest

from callqa.rules import load_rulebook
from callqa.rules.scoring import score_call
from callqa.rules.transcript import Transcript

BOOK = load_rulebook()
PROBES = Path(__file__).parent / "fixtures" / "wording_probes.txt"
SPEAKERS = {"a": "agent", "c": "customer"}


def _probes() -> list[tuple[str, bool, list[list[str]]]]:
    out = []
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        family, sign, turns = line.split(" ", 2)
        items = [[SPEAKERS[part.split(":", 1)[0]], part.split(":", 1)[1]] for part in turns.split(" / ")]
        out.append((family, sign == "+", items))
    return out


PROBE_CASES = _probes()


def test_probes_cover_both_ways():
    families = {f for f, _, _ in PROBE_CASES}
    for family in families:
        assert {fire for f, fire, _ in PROBE_CASES if f == family} == {True, False}, family


@pytest.mark.parametrize("family,fire,items", PROBE_CASES,
                         ids=[f"{f}{'+' if fire else '-'}{i}" for i, (f, fire, _) in enumerate(PROBE_CASES)])
def test_wording_probe(family, fire, items):
    card = score_call(Transcript.from_items(items, call_id="probe"), BOOK)
    fired = [f.explanation for f in card.findings if f.check == family]
    assert bool(fired) == fire, f"{items}: expected {family} {'to fire' if fire else 'quiet'}, got {fired or 'nothing'}"
