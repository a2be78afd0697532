"""The span a report covers: a calendar month (``2026-11``) or an ISO week (``2026-W47``),
and the span before it, which every figure is compared against.

Days are the call center's (the tables' ``date`` partition), so a span is a closed range of
``YYYY-MM-DD`` strings and needs no time-zone arithmetic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    kind: str          # month | week
    key: str           # 2026-11 | 2026-W47
    start: date
    end: date          # inclusive

    @property
    def label(self) -> str:
        """How the report names it: 2026年11月 / 2026年第47周(11月16日–11月22日)."""
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        year, week, _ = self.start.isocalendar()
        return f"{year}年第{week}周({self.start.month}月{self.start.day}日–{self.end.month}月{self.end.day}日)"

    @property
    def unit(self) -> str:
        return "月" if self.kind == "month" else "周"

    def days(self) -> list[str]:
        return [(self.start + timedelta(days=i)).isoformat() for i in range((self.end - self.start).days + 1)]

    def previous(self) -> "Period":
        if self.kind == "month":
            last = self.start - timedelta(days=1)
            return month(f"{last.year}-{last.month:02d}")
        start = self.start - timedelta(days=7)
        year, week, _ = start.isocalendar()
        return Period("week", f"{year}-W{week:02d}", start, start + timedelta(days=6))


def month(value: str) -> Period:
    """``YYYY-MM`` → that calendar month; ValueError naming the expected form otherwise."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"--month {value!r}: expected YYYY-MM, e.g. 2026-11")
    y, mo = int(m.group(1)), int(m.group(2))
    start = date(y, mo, 1)
    end = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
    return Period("month", f"{y}-{mo:02d}", start, end)


def week(value: str) -> Period:
    """ISO week ``YYYY-Www`` (Monday to Sunday) → that week; ValueError otherwise."""
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", value.strip(), flags=re.IGNORECASE)
    try:
        start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else None
    except ValueError:
        start = None
    if start is None:
        raise ValueError(f"--week {value!r}: expected an ISO week YYYY-Www, e.g. 2026-W47")
    return Period("week", f"{int(m.group(1))}-W{int(m.group(2)):02d}", start, start + timedelta(days=6))
