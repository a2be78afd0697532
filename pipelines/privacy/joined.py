"""A call's texts joined into one string, so that a pattern or a value is searched once per
call instead of once per turn (the searches' fixed cost per text was most of their cost)."""
from __future__ import annotations

import bisect
from itertools import accumulate

JOINT = "\x00"      # in no pattern the recognisers use: no match spans two texts


class Joined:
    """``texts`` joined by :data:`JOINT`; maps a position in the joined string to its text."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.text = JOINT.join(texts)
        self.starts: list[int] = list(accumulate([len(t) + 1 for t in texts[:-1]], initial=0)) if texts else []

    def index(self, pos: int) -> int:
        """Which text holds position ``pos`` of the joined string."""
        return bisect.bisect_right(self.starts, pos) - 1

    def occurrences(self, value: str) -> list[tuple[int, int]]:
        """(text index, start in that text) of every occurrence of ``value`` within one text,
        overlapping ones included, in order — what ``str.find`` text by text gives."""
        out = []
        j = self.text.find(value)
        while j >= 0:
            i = self.index(j)
            start = j - self.starts[i]
            if start + len(value) <= len(self.texts[i]):
                out.append((i, start))
            j = self.text.find(value, j + 1)
        return out
