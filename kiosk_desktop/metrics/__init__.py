"""Throughput and intake metrics for any period, aggregated in SQL on SQLite and PostgreSQL.

Entry points: `report.build_report` (everything for one period), `to_json.daily_json` and
`to_json.report_json`; periods in `period`. Nothing is imported here, so the settings file can
import `metrics.settings` without pulling in the database layer."""
