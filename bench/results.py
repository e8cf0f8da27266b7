"""The Markdown tables of a run's results."""

from __future__ import annotations

from typing import Any

from bench.common import TARGETS


def _f(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return str(value)


def _ok(flag: bool | None) -> str:
    return "—" if flag is None else ("PASS" if flag else "FAIL")


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines: list[str] = [
        f"Run {results['started']} ({results['mode']}, {results.get('total_s', '?')} s). "
        f"{m['cpu']}, {m['cores']} cores, {m['ram']} RAM; Python {m['python']}, SQLite {m['sqlite']}, "
        f"PostgreSQL {m['postgresql']}; SQLAlchemy {m['sqlalchemy']}, psycopg {m['psycopg']}.",
        "",
    ]
    if results.get("issue"):
        lines += [
            "### 1. Issue latency (QueueService.issue, one kiosk, ms)",
            "",
            "| database | issues | first (cold) | mean | p50 | p95 | p99 | max | target p95 | result | "
            "cores: ours / server / other |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in results["issue"]:
            u = r["cpu"]
            lines.append(
                f"| {r['db']} | {r['issues']} | {_f(r['first_issue_ms'])} | {_f(r['mean'])} | {_f(r['p50'])} | "
                f"{_f(r['p95'])} | {_f(r['p99'])} | {_f(r['max'])} | ≤{r['target_p95_ms']:.0f} | {_ok(r['pass'])} | "
                f"{u.get('ours_cores', 0):.2f} / {u.get('server_cores', 0):.2f} / {u.get('other_cores', 0):.2f} |"
            )
        lines.append("")
    if results.get("call_next"):
        lines += [
            "### 2. Call-next latency with concurrent counters (call_next only, ms)",
            "",
            "CPU columns: cores in use during that phase (the machine has "
            f"{results['machine']['cores']}) by our counter processes / by the PostgreSQL backends of the "
            "benchmark database / by anything else on the machine (our coordinator and queue feeder are left "
            "out: harness_cores in the JSON); then CPU ms per call_next + finish.",
            "",
            "| database | counters | mode | calls | calls/s | mean | p50 | p95 | p99 | max | p99 ≤50 | "
            "cores: clients / server / other | CPU ms per call: client / server |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in results["call_next"]:
            label = r["db"] + (f" ({'+'.join(r['what_if'])})" if r["what_if"] else "")
            rows = [
                ("burst (barrier)", "burst", r["burst"], None, True),
                ("burst, from release", None, r["burst_since_release"], None, False),
            ]
            rows += [
                (f"{p['name']} (think {p['think_s'][0]:g}–{p['think_s'][1]:g} s)", p["name"], p, p["calls_per_s"], True)
                for p in r["phases"]
            ]
            for mode, key, x, rate, judged in rows:
                verdict = _ok(x["p99"] <= TARGETS["call_p99_ms"]) if judged else "—"
                u = r["cpu"].get(key) if key else None
                cores = f"{u['workers_cores']:.2f} / {u['server_cores']:.2f} / {u['other_cores']:.2f}" if u else "—"
                per = (
                    f"{x['client_cpu_ms_per_call']} / {x['server_cpu_ms_per_call']}"
                    if "client_cpu_ms_per_call" in x
                    else "—"
                )
                lines.append(
                    f"| {label} | {r['counters']} | {mode} | {x['n']} | {rate if rate else '—'} | {_f(x['mean'])} | "
                    f"{_f(x['p50'])} | {_f(x['p95'])} | {_f(x['p99'])} | {_f(x['max'])} | {verdict} | {cores} | {per} |"
                )
        lines += [
            "",
            "| database | counters | waiting (kept near) | calls ok | empty | called events | tickets called twice | "
            "left open | retries | errors | burst round makespan p50 / max ms | finish p50 / p99 ms | "
            "cold first call p50 ms | spawn s |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in results["call_next"]:
            m, f, c = r["burst_round_makespan"], r["finish"], r["first_call_cold"]
            label = r["db"] + (f" ({'+'.join(r['what_if'])})" if r["what_if"] else "")
            lines.append(
                f"| {label} | {r['counters']} | {r['queue_target']} | {r['calls_ok']} | {r['empty_calls']} | "
                f"{r['called_events']} | {r['duplicate_tickets']} (ids returned twice: "
                f"{r['duplicate_ids_returned']}) | {r['left_open']} | {r['retries']} | {r['errors']} | "
                f"{_f(m['p50'])} / {_f(m['max'])} | {_f(f['p50'])} / {_f(f['p99'])} | {_f(c['p50'])} | "
                f"{r['spawn_s']} |"
            )
        lines.append("")
        for r in results["call_next"]:
            if len(r.get("attempts", [])) > 1:
                tried = "; ".join(
                    f"other {a['other_cores_max']:.2f} cores, burst p99 {a['burst_p99']:.0f}, "
                    + ", ".join(
                        f"{k[:-4]} p99 {v:.0f}" for k, v in a.items() if k.endswith("_p99") and k != "burst_p99"
                    )
                    + (" (kept)" if a["kept"] else "")
                    for a in r["attempts"]
                )
                lines.append(f"- {r['db']} {r['counters']} counters, attempts: {tried}")
        lines.append("")
    if results.get("queue_length"):
        lines += [
            "### 2c. Call-next latency against the number of tickets waiting (one counter alone, ms)",
            "",
            "| database | waiting | calls | mean | p50 | p95 | p99 | max |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in results["queue_length"]:
            for x in r["sizes"]:
                lines.append(
                    f"| {r['db']} | {x['waiting']} | {x['n']} | {_f(x['mean'])} | {_f(x['p50'])} | "
                    f"{_f(x['p95'])} | {_f(x['p99'])} | {_f(x['max'])} |"
                )
        lines.append("")
    if results.get("notify"):
        lines += [
            "### 2b. Commit latency of simultaneous transactions, with and without pg_notify (ms)",
            "",
            "| connections | transaction | commits | mean | p50 | p95 | p99 | max |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in results["notify"]:
            for label, key in (("INSERT; COMMIT", "plain"), ("INSERT; pg_notify; COMMIT", "with_notify")):
                x = r[key]
                lines.append(
                    f"| {r['connections']} | {label} | {x['n']} | {_f(x['mean'])} | {_f(x['p50'])} | "
                    f"{_f(x['p95'])} | {_f(x['p99'])} | {_f(x['max'])} |"
                )
        lines.append("")
    if results.get("report"):
        lines += [
            "### 3. Daily report (daily_report for one day, seconds)",
            "",
            "| database | database holds | day reported | tickets that day | first call | median | max | "
            "target | result |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for r in results["report"]:
            one = r["single_day"]
            rows = r["year_rows"]
            held = f"{rows['ticket']:,} tickets / {rows['ticket_event']:,} events"
            for label, key, holds in (
                (
                    "the 2,000-ticket day",
                    "single_day",
                    f"{one['rows']['ticket']:,} tickets / {one['rows']['ticket_event']:,} events",
                ),
                ("a typical day (mid-year)", "year_typical_day", held),
                ("the oldest day", "year_oldest_day", held),
                ("the 2,000-ticket day", "year_big_day", held),
                ("today (empty)", "year_today_empty", held),
                ("the 2,000-ticket day, before ANALYZE", "year_big_day_before_analyze", held),
            ):
                if key not in r:
                    continue
                x = r[key]
                lines.append(
                    f"| {r['db']} | {holds} | {label} | {x['tickets']} | {x['first_s']:.3f} | {x['median_s']:.3f} | "
                    f"{x['max_s']:.3f} | ≤{TARGETS['report_s']} | {_ok(x['pass'])} |"
                )
        lines += [
            "",
            "Live operations on the year database (one process, ms):",
            "",
            "| database | history load s | issue p50 / p95 / p99 | call-next (1 counter) p50 / p95 / p99 |",
            "|---|---|---|---|",
        ]
        for r in results["report"]:
            i, c = r["year_issue"], r["year_call_next_1_counter"]
            lines.append(
                f"| {r['db']} | {r['year_load_s']} | {_f(i['p50'])} / {_f(i['p95'])} / {_f(i['p99'])} | "
                f"{_f(c['p50'])} / {_f(c['p95'])} / {_f(c['p99'])} |"
            )
        lines.append("")
    return "\n".join(lines)
