"""The interface language: Qt's translation catalogues for the window, its dialogs and Qt's own buttons.

Every text a user reads in the window goes through `translate(context, text)` (Qt's
QCoreApplication.translate, which pyside6-lupdate finds in the sources). The context is the class or
module that shows the text; placeholders are named and filled after translation with `.format(...)`,
and counts use Qt's plural forms through `translate_n(context, "%n firm(s)", count)` (Qt puts the
number in place of %n; Russian has three forms). pyside6-lupdate takes a count only when it is a literal
number, so tools/translations.py hands it copies of the sources in which every `translate_n` call reads
`translate(context, text, None, 1)`.

Catalogues live in resources/i18n as `<area>_<language>.ts` (one per part of the window, so that
translators and reviewers work on one panel at a time) and are compiled to `.qm` by
`python tools/translations.py release`. The interface language is the user's choice in Preferences,
else the system's; what is printed (pack, web map) follows the project's language instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, set_messages_language
from clusterdesk.gui.settings import app_settings
from clusterdesk.resources_path import resource

LANGUAGE_SETTING = "interface_language"
SYSTEM = "system"
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ru": "Русский"}

translate = QCoreApplication.translate

_installed: list[QTranslator] = []
_language: str | None = None  # the language installed into the application, once it is


def translate_n(context: str, text: str, count: int) -> str:
    """`text` with `%n` replaced by `count`, in the plural form the interface language gives it.

    English has no catalogue, so its plural comes from the source's "(s)": "%n firm(s)" reads
    "1 firm", "2 firms"; the other languages' forms have none."""
    return QCoreApplication.translate(context, text, None, count).replace("(s)", "" if count == 1 else "s")


def system_language() -> str:
    """The system's language when ClusterDesk speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else "en"


def chosen_language() -> str:
    """'system' or a language code, as chosen in Preferences."""
    value = str(app_settings().value(LANGUAGE_SETTING, SYSTEM) or SYSTEM)
    return value if value in SUPPORTED_LANGUAGES or value == SYSTEM else SYSTEM


def choose_language(value: str) -> None:
    app_settings().setValue(LANGUAGE_SETTING, value)


def interface_language(override: str | None = None) -> str:
    """The language the window speaks: the one installed at start (which `--language` may have
    chosen), else the Preferences' choice or the system's."""
    if override is None and _language is not None:
        return _language
    value = override or chosen_language()
    return system_language() if value == SYSTEM else value


def install_translations(app: QCoreApplication, override: str | None = None) -> str:
    """Load the catalogues of the interface language into `app`; returns the language used."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = None
    language = interface_language(override)
    _language = language
    set_messages_language(language)  # errors and undo labels of the Qt-free layers speak it too
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    folder = resource("i18n")
    files = sorted(folder.glob(f"*_{language}.qm"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in files:
        _load(app, str(path))
    _load(app, f"{qt_folder}/qtbase_{language}.qm")  # Qt's own dialogs and standard buttons
    return language


def _load(app: QCoreApplication, path: str) -> None:
    translator = QTranslator(app)
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
