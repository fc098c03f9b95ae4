"""File ▸ Open from Server…: where the server is (host, port, database, user and password, or an entry
of the pg service file), a test of the connection with a plain message, and the projects it holds.

The password is kept in the system keyring when the user asks, never in the settings file; the other
fields are remembered there for the next time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.server.connection_check import ConnectionReport, check_connection
from clusterdesk.gui.settings import app_settings
from clusterdesk.gui.worker import Task
from clusterdesk.io.server.address import ServerAddress, keyring_password, store_password

SETTINGS_GROUP = "server_connection"
DEFAULT_PORT = 5432
PROJECT_ROLE = Qt.ItemDataRole.UserRole


def server_conninfo(
    host: str, port: int, database: str, user: str, password: str = "", service: str = ""
) -> str:
    """A libpq connection string from the dialog's fields (a service entry alone when one is named)."""
    from psycopg.conninfo import make_conninfo

    if service:
        return make_conninfo(service=service)
    values = {"host": host or None, "port": port or None, "dbname": database or None, "user": user or None}
    if password:
        values["password"] = password
    return make_conninfo(**{key: value for key, value in values.items() if value is not None})


class ConnectionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ServerConnection", "Open from Server"))
        self.report: ConnectionReport | None = None
        self.task: Task | None = None
        self._tested_address: ServerAddress | None = None

        self.by_fields = QRadioButton(translate("ServerConnection", "&Server"))
        self.by_service = QRadioButton(translate("ServerConnection", "Entry of the pg ser&vice file"))
        choice = QButtonGroup(self)
        choice.addButton(self.by_fields)
        choice.addButton(self.by_service)
        self.host = QLineEdit()
        self.host.setPlaceholderText("gis.agency.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            translate("ServerConnection", "&Remember the password in the system keyring")
        )
        self.service = QLineEdit()
        self.service.setPlaceholderText(
            translate("ServerConnection", "name of a [section] of pg_service.conf")
        )

        fields = QFormLayout()
        fields.addRow(self.by_fields)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(QLabel(translate("ServerConnection", "Port:")))
        host_row.addWidget(self.port)
        host_label = QLabel(translate("ServerConnection", "&Host:"))
        host_label.setBuddy(self.host)  # a row holding a layout gets no buddy of its own
        fields.addRow(host_label, host_row)
        fields.addRow(translate("ServerConnection", "&Database:"), self.database)
        fields.addRow(translate("ServerConnection", "&User:"), self.user)
        fields.addRow(translate("ServerConnection", "&Password:"), self.password)
        fields.addRow("", self.remember)
        fields.addRow(self.by_service)
        fields.addRow(translate("ServerConnection", "Service &name:"), self.service)
        self._field_widgets = [self.host, self.port, self.database, self.user, self.password, self.remember]

        self.connect_button = QPushButton(translate("ServerConnection", "&Connect"))
        self.connect_button.setToolTip(
            translate("ServerConnection", "Test the connection and list the projects on the server")
        )
        self.connect_button.clicked.connect(self.test_connection)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.message, 1)

        self.projects = QListWidget()
        self.projects.itemSelectionChanged.connect(self._update_buttons)
        self.projects.itemDoubleClicked.connect(lambda _item: self._accept_if_chosen())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            translate("ServerConnection", "&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addLayout(test_row)
        layout.addWidget(QLabel(translate("ServerConnection", "Projects on the server:")))
        layout.addWidget(self.projects, 1)
        layout.addWidget(self.buttons)
        self.by_fields.toggled.connect(self._update_fields)
        for edit in (self.host, self.database, self.user, self.password, self.service):
            edit.textEdited.connect(self._forget_test)
        self.port.valueChanged.connect(self._forget_test)
        self._restore()
        self._update_fields()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 72)

    # -- fields ----------------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = app_settings()
        settings.beginGroup(SETTINGS_GROUP)
        self.host.setText(str(settings.value("host", "localhost")))
        self.port.setValue(int(settings.value("port", DEFAULT_PORT)))
        self.database.setText(str(settings.value("database", "")))
        self.user.setText(str(settings.value("user", "")))
        self.service.setText(str(settings.value("service", "")))
        use_service = settings.value("use_service", False, type=bool)
        settings.endGroup()
        (self.by_service if use_service else self.by_fields).setChecked(True)

    def _remember_fields(self) -> None:
        settings = app_settings()
        settings.beginGroup(SETTINGS_GROUP)
        for key, value in (
            ("host", self.host.text().strip()),
            ("port", self.port.value()),
            ("database", self.database.text().strip()),
            ("user", self.user.text().strip()),
            ("service", self.service.text().strip()),
            ("use_service", self.by_service.isChecked()),
        ):
            settings.setValue(key, value)
        settings.endGroup()

    def _update_fields(self) -> None:
        fields = self.by_fields.isChecked()
        for widget in self._field_widgets:
            widget.setEnabled(fields)
        self.service.setEnabled(not fields)
        self._forget_test()

    def _forget_test(self) -> None:
        self.projects.clear()
        self._tested_address = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.chosen_project() is not None)

    def server_address(self) -> ServerAddress:
        """The server the fields name, without a project; the keyring's password when none is typed."""
        service = self.service.text().strip() if self.by_service.isChecked() else ""
        password = "" if service else self.password.text()
        conninfo = server_conninfo(
            self.host.text().strip(), self.port.value(), self.database.text().strip(),
            self.user.text().strip(), password, service,
        )  # fmt: skip
        return ServerAddress(conninfo)

    # -- testing ---------------------------------------------------------------------------------
    def test_connection(self) -> Task:
        address = self.server_address()
        self.report = None
        self.projects.clear()
        self.connect_button.setEnabled(False)
        self.message.setText(translate("ServerConnection", "Connecting…"))
        self.task = Task(lambda _progress, _cancel: check_connection(address), self.windowTitle(), self)
        self.task.succeeded.connect(lambda report: self._show_report(address, report))
        self.task.failed.connect(
            lambda error, _details: self._show_report(address, ConnectionReport(False, str(error)))
        )
        self.task.finished.connect(lambda: self.connect_button.setEnabled(True))
        self.task.start()
        return self.task

    def _show_report(self, address: ServerAddress, report: ConnectionReport) -> None:
        self.report = report
        self.message.setText(report.message)
        self.message.setToolTip(report.details)
        if not report.ok:
            return
        self._tested_address = address
        self._remember_fields()
        self._keep_password(address)
        for project in report.projects:
            if project.cluster_name is None:
                text = translate("ServerConnection", "{project} (you have no access)").format(
                    project=project.name
                )
            else:
                text = f"{project.cluster_name} — {project.name}"
            item = QListWidgetItem(text)
            item.setData(PROJECT_ROLE, project.name)
            if project.cluster_name is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.projects.addItem(item)
        first = next((self.projects.item(i) for i in range(self.projects.count())
                      if self.projects.item(i).flags() & Qt.ItemFlag.ItemIsEnabled), None)  # fmt: skip
        if first is not None:
            self.projects.setCurrentItem(first)
        self._update_buttons()

    def _keep_password(self, address: ServerAddress) -> None:
        password = self.password.text()
        if not (self.remember.isChecked() and password and self.by_fields.isChecked()):
            return
        fields = (self.host.text().strip(), self.port.value(), self.database.text().strip())
        plain = ServerAddress(server_conninfo(*fields, self.user.text().strip()))
        if keyring_password(plain) == password:
            return
        try:
            store_password(plain, password)
        except ClusterDeskError as error:
            self.message.setText(f"{self.message.text()}\n{error}")

    # -- result ----------------------------------------------------------------------------------
    def chosen_project(self) -> str | None:
        item = self.projects.currentItem()
        if self._tested_address is None or item is None or not item.isSelected():
            return None
        return item.data(PROJECT_ROLE)

    def chosen_address(self) -> ServerAddress | None:
        project = self.chosen_project()
        return None if project is None else self._tested_address.with_project(project)

    def _accept_if_chosen(self) -> None:
        if self.chosen_project() is not None:
            self.accept()
