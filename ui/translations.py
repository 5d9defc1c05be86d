"""Interface language: Thai by default, English on request; the choice is remembered."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from fondue_desk.bundled import resource_dir

from .count_translator import CountTranslator

I18N_DIR = resource_dir("i18n")
LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
LANGUAGE_SETTING = "ui/language"
LOCALES = {"th": "th_TH", "en": "en_GB"}
# What install_translators put in and not yet taken out, and its language: a live switch of
# language takes out exactly these.
_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def desk_language() -> str:
    """The desk's own choice (the sign-in screen's language, and a user's who chose none)."""
    remembered = QSettings().value(LANGUAGE_SETTING, DEFAULT_LANGUAGE)
    return remembered if remembered in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the translators installed now."""
    return _language


def choose_language(requested: str | None) -> str:
    """`--lang` wins and becomes the remembered choice; otherwise the last one, else Thai."""
    settings = QSettings()
    if requested in LANGUAGES:
        settings.setValue(LANGUAGE_SETTING, requested)
        return requested
    return desk_language()


def app_translation_file(language: str) -> Path:
    return I18N_DIR / f"fondue_desk_{language}.qm"


def install_translators(language: str) -> list[QTranslator]:
    """Install ours and Qt's own (dialog buttons, print dialog) for `language`.

    Returns the installed translators: they must stay referenced, and tests remove them again.
    English needs none of ours (the sources are English) but still gets Qt's, a no-op.
    """
    app = QCoreApplication.instance()
    installed: list[QTranslator] = []
    candidates = [
        (app_translation_file(language).name, str(I18N_DIR)),
        (f"qtbase_{language}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        # Qt ships no Thai: ours (qt_th.ts) covers the Qt dialogs and menus the desk shows.
        (f"qt_{language}.qm", str(I18N_DIR)),
    ]
    for filename, folder in candidates:
        translator = QTranslator(app)
        if translator.load(filename, folder) and app.installTranslator(translator):
            installed.append(translator)
    counting = CountTranslator(installed, app)  # last installed, so asked first
    if app.installTranslator(counting):
        installed.append(counting)
    # Qt's own widgets (spin boxes, the print dialog's paper names) follow the default locale.
    QLocale.setDefault(QLocale(LOCALES.get(language, "th_TH")))
    global _language
    _language = language
    _installed.extend(installed)
    return installed


def remove_translators(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    for translator in translators:
        app.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)


def remove_all_translators() -> None:
    """Every translator install_translators put in, whoever holds the list (a test's end)."""
    remove_translators(list(_installed))


def use_language(language: str) -> list[QTranslator]:
    """Take out every translator installed so far and install `language`'s: Qt then sends
    every widget a LanguageChange, and windows built afterwards speak `language`."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language: {language!r}")
    remove_translators(list(_installed))
    return install_translators(language)
