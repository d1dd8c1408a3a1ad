"""The cascade latency benchmark's table row."""

from __future__ import annotations

from bench.cascade_latency import row


def test_a_row_gives_percentiles_and_the_fast_shares_of_all_and_of_local_items() -> None:
    seconds = [0.01, 0.02, 0.5, 1.2, 0.03, 0.2, 0.04, 0.05, 0.06, 0.07]
    upstream = [False, False, False, True, False, True, False, False, False, False]
    cells = row("cascade", seconds, upstream).strip("|").split("|")
    kind, share, p50, _p90, p99, fast, fast_here = (c.strip() for c in cells)
    assert (kind, share, p50) == ("cascade", "0.200", "55")
    assert int(p99) > 1000
    assert fast == "0.700"  # 7 of 10 within 100 ms
    assert fast_here == "0.875"  # 7 of the 8 judged in the process: 0.5 s waited
    assert row("haiku", [1.0, 2.0], [True, True]).rstrip(" |").endswith("–")
