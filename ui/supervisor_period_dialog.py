"""Choose a report period (week, month, quarter, year or any span of days) and a format (PDF or
XLSX). The chosen period is named below the choices exactly as the report will title it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk_desktop.errors import KioskError
from kiosk_desktop.metrics.period import (
    Period,
    PeriodKind,
    custom_period,
    month_period,
    quarter_period,
    week_period,
    year_period,
)
from ui.theme import BAD, font, set_look

translate = QCoreApplication.translate

KINDS = (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.CUSTOM)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Supervisor", "Báo cáo theo kỳ"))
        self.setMinimumWidth(600)
        self.kind = QComboBox()
        names = {
            PeriodKind.WEEK: translate("Supervisor", "Tuần"),
            PeriodKind.MONTH: translate("Supervisor", "Tháng"),
            PeriodKind.QUARTER: translate("Supervisor", "Quý"),
            PeriodKind.YEAR: translate("Supervisor", "Năm"),
            PeriodKind.CUSTOM: translate("Supervisor", "Khoảng ngày tùy chọn"),
        }
        for kind in KINDS:
            self.kind.addItem(names[kind], kind.value)
        self.kind.setCurrentIndex(KINDS.index(PeriodKind.MONTH))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(translate("Supervisor", "Tháng %1").replace("%1", str(month)), month)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = QComboBox()
        for quarter, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter.addItem(translate("Supervisor", "Quý %1").replace("%1", roman), quarter)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.week_day = self._date_edit(today)
        self.first = self._date_edit(today.replace(day=1))
        self.last = self._date_edit(today)
        self.pdf = QRadioButton(translate("Supervisor", "PDF (để in, ký)"))
        self.xlsx = QRadioButton(translate("Supervisor", "Excel (XLSX, để tính tiếp)"))
        self.pdf.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.pdf)
        formats.addButton(self.xlsx)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(font(17, bold=True))
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.form.addRow(translate("Supervisor", "Kỳ báo cáo"), self.kind)
        self.form.addRow(translate("Supervisor", "Năm"), self.year)
        self.form.addRow(translate("Supervisor", "Tháng"), self.month)
        self.form.addRow(translate("Supervisor", "Quý"), self.quarter)
        self.form.addRow(translate("Supervisor", "Tuần có ngày"), self.week_day)
        self.form.addRow(translate("Supervisor", "Từ ngày"), self.first)
        self.form.addRow(translate("Supervisor", "Đến hết ngày"), self.last)
        format_row = QVBoxLayout()
        format_row.addWidget(self.pdf)
        format_row.addWidget(self.xlsx)
        self.form.addRow(translate("Supervisor", "Định dạng"), format_row)
        self.buttons = QDialogButtonBox()
        self.ok = QPushButton(translate("Supervisor", "Lập báo cáo…"))
        set_look(self.ok, "primary")
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("Supervisor", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        for signal in (self.kind.currentIndexChanged, self.month.currentIndexChanged, self.quarter.currentIndexChanged):
            signal.connect(self._update)
        self.year.valueChanged.connect(self._update)
        for edit in (self.week_day, self.first, self.last):
            edit.dateChanged.connect(self._update)
        self._update()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    @property
    def chosen_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    @property
    def fmt(self) -> str:
        return "xlsx" if self.xlsx.isChecked() else "pdf"

    def choose(self, kind: PeriodKind, *, year: int | None = None, month: int | None = None) -> None:
        """Set the choices from code (tests, a remembered choice)."""
        self.kind.setCurrentIndex(KINDS.index(kind))
        if year is not None:
            self.year.setValue(year)
        if month is not None:
            self.month.setCurrentIndex(month - 1)

    def period(self) -> Period:
        """The period chosen; PeriodError (Vietnamese) for an impossible one, e.g. a span ending before it starts."""
        kind, year = self.chosen_kind, self.year.value()
        if kind is PeriodKind.WEEK:
            return week_period(_date(self.week_day.date()).isoformat())
        if kind is PeriodKind.MONTH:
            return month_period(f"{year}-{self.month.currentData()}")
        if kind is PeriodKind.QUARTER:
            return quarter_period(f"{year}-Q{self.quarter.currentData()}")
        if kind is PeriodKind.YEAR:
            return year_period(str(year))
        return custom_period(_date(self.first.date()), _date(self.last.date()))

    def _update(self) -> None:
        kind = self.chosen_kind
        shown = {
            self.year: kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR),
            self.month: kind is PeriodKind.MONTH,
            self.quarter: kind is PeriodKind.QUARTER,
            self.week_day: kind is PeriodKind.WEEK,
            self.first: kind is PeriodKind.CUSTOM,
            self.last: kind is PeriodKind.CUSTOM,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        try:
            period = self.period()
        except KioskError as exc:
            self.summary.setStyleSheet(f"color: {BAD};")
            self.summary.setText(exc.message)
            self.ok.setEnabled(False)
            return
        self.summary.setStyleSheet("")
        self.summary.setText(
            translate("Supervisor", "%1 — %2 ngày")
            .replace("%1", f"{period.title()} ({period.span()})")
            .replace("%2", str(period.days))
        )
        self.ok.setEnabled(True)
