import pytest

from fondue_desk.domain.complainant_language import check_language, suggest_language


@pytest.mark.parametrize(("name", "expected"), [
    ("John Smith", "en"),
    ("J", "en"),
    ("Müller, Anna-Lena", "en"),
    ("José Núñez", "en"),
    ("  o'brien ", "en"),
    ("Иван Петров", "en"),  # not Thai: English is the desk's other language
    ("王伟", "en"),
    ("สมชาย ใจดี", "th"),
    ("นาย John Smith", "th"),  # a Thai word written by a Thai reader
    ("John ใจดี", "th"),
    ("ผู้ใหญ่", "th"),
    ("", None),
    ("   ", None),
    ("123-456", None),
    (".,/()", None),
])
def test_suggest_language(name, expected):
    assert suggest_language(name) == expected


def test_only_thai_and_english_are_complainant_languages():
    assert check_language("th") and check_language("en")
    assert not check_language("") and not check_language("fr") and not check_language("EN")
