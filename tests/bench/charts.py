"""Synthetic charts of any size for benchmarks: government-shaped and company-shaped.

Owns the shapes only; every generator is deterministic (a seeded
`random.Random`), so a benchmark measures the same chart on every run and
machine.

- `government(total)`: the Chinese administrative pyramid, centre -> 34
  provinces -> ~333 prefectures -> ~2,850 counties -> ~38,700 townships ->
  villages. Below the provinces each tier keeps its real average fan-out
  (about 10, 8.6, 13.6, 14), varied from parent to parent; the number of
  tiers grows with the total and the number of provinces (at most 34) makes
  up the size. 3,000 units give the four-tier chart centre -> ~30 provinces
  -> ~300 prefectures -> ~2,650 counties.
- `company(total)`: a company of 5 to 7 tiers (board, executive, division,
  department, team, group, section; more tiers for larger totals): two to
  four executives, then tiers that grow by the same factor, spread very
  unevenly over their managers (log-normal spans of control, one manager in
  ten with no reports, so there are leaves high up), and about one unit in
  twelve reporting two tiers up (a skipped tier).
"""

from __future__ import annotations

import random

from orgchart.model import Chart, Tier, Unit
from orgchart.text import Text

GOVERNMENT_TIERS = (
    ("centre", "中央", "Centre"),
    ("province", "省", "Province"),
    ("prefecture", "市", "Prefecture"),
    ("county", "縣", "County"),
    ("township", "鄉鎮", "Township"),
    ("village", "村", "Village"),
)
#: Average number of children of a unit on each tier below the provinces.
GOVERNMENT_FANOUT = (10.0, 8.6, 13.6, 14.0)
MAX_PROVINCES = 34

COMPANY_TIERS = (
    ("board", "董事會", "Board"),
    ("executive", "總裁辦", "Executive office"),
    ("division", "事業部", "Division"),
    ("department", "部門", "Department"),
    ("team", "團隊", "Team"),
    ("group", "小組", "Group"),
    ("section", "科", "Section"),
)
SKIP_RATE = 1 / 12


def _chart(tiers: tuple[tuple[str, str, str], ...]) -> Chart:
    chart = Chart.new(languages=("zh-Hant", "en"))
    chart.tiers = [Tier(tid, Text({"zh-Hant": zh, "en": en})) for tid, zh, en in tiers]
    return chart


def _unit(chart: Chart, tier: int, parent: str | None) -> Unit:
    """A new unit on the chart's tier number `tier`, named after the tier."""
    n, kind = len(chart.units) + 1, chart.tiers[tier].name
    unit = Unit(f"u{n}", Text({"zh-Hant": f"第{n}{kind.get('zh-Hant')}",
                               "en": f"{kind.get('en')} {n}"}), chart.tiers[tier].id, parent)
    chart.units.append(unit)
    return unit


def _spread(total: int, weights: list[float], rng: random.Random) -> list[int]:
    """`total` children over parents in proportion to `weights`, rounded at
    random, summing exactly to `total`."""
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    short = total - sum(counts)
    chosen = rng.choices(range(len(weights)), weights=weights, k=short) if short else []
    for i in chosen:
        counts[i] += 1
    return counts


def _even_weights(n: int, rng: random.Random) -> list[float]:
    """Each parent's share between half and one and a half times the mean."""
    return [rng.uniform(0.5, 1.5) for _ in range(n)]


def government_tier_counts(total: int, tiers: int | None = None) -> list[int]:
    """Units per tier for a government chart of `total` units."""
    if total < 1:
        raise ValueError("a chart needs at least one unit")

    def per_province(k: int) -> float:
        out, width = 1.0, 1.0
        for fan in GOVERNMENT_FANOUT[:k - 2]:
            width *= fan
            out += width
        return out

    if tiers is None:
        tiers = next((k for k in range(2, len(GOVERNMENT_TIERS) + 1)
                      if (total - 1) / per_province(k) <= MAX_PROVINCES), len(GOVERNMENT_TIERS))
    provinces = (total - 1) / per_province(tiers)
    counts, width = [1], provinces
    for k in range(1, tiers):
        counts.append(max(1, round(width)))
        width *= GOVERNMENT_FANOUT[k - 1] if k - 1 < len(GOVERNMENT_FANOUT) else 1
    counts[-1] = max(1, total - sum(counts[:-1]))
    return counts if total > 1 else [1]


def government(total: int, tiers: int | None = None, seed: int = 1) -> Chart:
    """A government-shaped chart of exactly `total` units (see the module docstring)."""
    rng = random.Random(seed)
    counts = government_tier_counts(total, tiers)
    chart = _chart(GOVERNMENT_TIERS[:len(counts)])
    above = [_unit(chart, 0, None)]
    for tier, count in enumerate(counts[1:], start=1):
        row = []
        for parent, k in zip(above, _spread(count, _even_weights(len(above), rng), rng),
                             strict=True):
            row.extend(_unit(chart, tier, parent.id) for _ in range(k))
        above = row
    return chart


def company_tiers(total: int) -> int:
    return 5 if total <= 2_000 else 6 if total <= 30_000 else 7


def company_tier_counts(total: int, tiers: int, executives: int) -> list[int]:
    """Units per tier: the board, its `executives`, then a growth g per tier
    such that the tiers add up to `total` (the last tier takes the rounding)."""
    lo, hi = 1.0, float(total)
    for _ in range(60):
        g = (lo + hi) / 2
        if 1 + executives * sum(g ** k for k in range(tiers - 1)) < total:
            lo = g
        else:
            hi = g
    counts = [1] + [max(1, round(executives * hi ** k)) for k in range(tiers - 1)]
    counts[-1] = total - sum(counts[:-1])
    return counts


def _manager_weights(n: int, rng: random.Random) -> list[float]:
    """Spans of control vary a lot: one manager in ten has no reports (a staff
    office, a vacant post), the others a share drawn from a skewed
    (log-normal) distribution, so some have one or two and some many."""
    weights = [0.0 if rng.random() < 0.1 else rng.lognormvariate(0.0, 0.7) for _ in range(n)]
    if not any(weights):
        weights[0] = 1.0
    return weights


def company(total: int, tiers: int | None = None, seed: int = 1) -> Chart:
    """A company-shaped chart of exactly `total` units (see the module docstring).

    Tier by tier, each tier's units are spread over the tier above by
    `_manager_weights`; about one in twelve reports instead to a unit two
    tiers up, skipping a tier.
    """
    if total < 1:
        raise ValueError("a chart needs at least one unit")
    rng = random.Random(seed)
    tiers = tiers or company_tiers(total)
    executives = min(rng.randint(2, 4), total - 1)
    while tiers > 2 and 1 + executives * (tiers - 1) > total:
        tiers -= 1  # too few units to fill every tier
    chart = _chart(COMPANY_TIERS[:tiers])
    rows = [[_unit(chart, 0, None)]]
    if total == 1:
        return chart
    for k, count in enumerate(company_tier_counts(total, tiers, executives)[1:], 1):
        skipping = round(count * SKIP_RATE) if k >= 2 else 0
        shares = [(rows[k - 1], _manager_weights(len(rows[k - 1]), rng), count - skipping)]
        if skipping:
            shares.append((rows[k - 2], _even_weights(len(rows[k - 2]), rng), skipping))
        row = []
        for parents, weights, n in shares:
            for parent, kids in zip(parents, _spread(n, weights, rng), strict=True):
                row.extend(_unit(chart, k, parent.id) for _ in range(kids))
        rows.append(row)
    return chart
