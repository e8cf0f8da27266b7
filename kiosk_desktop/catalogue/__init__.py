"""The procedure catalogue: a province's published list of procedures (TTHC), versioned.

- `read_catalogue` reads a CSV/XLSX file into checked rows (reader, columns, values);
- `import_catalogue` writes them, adding a version only when a procedure changed (importer);
- `search_procedures` / `rank` find one by name or code at the counter (search);
- `FieldBook` / `apply_field_map` keep the fields (lĩnh vực) and their queue services (fields).

Tables (db/intake_schema.py): `procedure` (code, active, current_version), `procedure_version`
(one row per published state, never edited; `time_limit` + `time_limit_unit` in hours, days or
working_days, NULL = no legal limit; `online_level` toan_trinh | mot_phan | none), `field`."""
