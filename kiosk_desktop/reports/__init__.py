"""Report writers: PDF (reportlab), XLSX (openpyxl), ready-to-paste text, JSON; one number format
(vn_format) for all of them. They format a metrics.report.PeriodReport and compute nothing."""
