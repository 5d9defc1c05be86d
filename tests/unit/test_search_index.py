"""The register's text search without a database: cleaning, words, byte keys, matching."""
from __future__ import annotations

import unicodedata

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fondue_desk.domain.text import search_key, search_words, word_variants
from fondue_desk.search.byte_sets import ByteSets
from fondue_desk.search.engine import _narrows
from fondue_desk.search.keys import CODEC, row_key
from fondue_desk.search.text_index import Cancelled, TextIndex

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)),
             *map(chr, range(0x2066, 0x206A))]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_marks_in_a_query_are_not_searched_for(mark):
    assert search_words(f"ไฟ{mark}ดับ") == ["ไฟดับ"]
    assert search_key(f"{mark}ไฟดับ{mark}") == "ไฟดับ"


# (PT014: ruff reads both lone surrogates as the same replacement character.)
@pytest.mark.parametrize("junk", ["\x00", "\ud800", "\x07", "\x9f", "\udfff"])  # noqa: PT014
def test_nul_and_lone_surrogates_are_dropped_not_raised(junk):
    assert search_words(f"ถนน{junk}ชำรุด {junk}") == ["ถนนชำรุด"]
    search_key(junk).encode("utf-8")  # what a database driver does: never raises


def test_words_are_split_on_any_spacing_and_counted_once():
    assert search_words("  ไฟ   ดับ\tไฟ\u3000ซอย  ") == ["ไฟ", "ดับ", "ซอย"]
    assert search_words("   ") == []
    assert search_words(None) == []


def test_keys_are_nfc_and_casefolded():
    # A tone mark typed before its lower vowel (ปู่ as ป + ่ + ู) is the same word.
    assert search_key("\u0e1b\u0e48\u0e39") == search_key("\u0e1b\u0e39\u0e48") == "\u0e1b\u0e39\u0e48"
    assert search_key("Road STRASSE") == "road strasse"
    assert search_key("Café") == search_key("Cafe\u0301")  # composed either way


def test_a_phone_typed_with_dashes_also_matches_its_digits():
    assert word_variants("081-234") == ("081-234", "081234")
    assert word_variants("0812") == ("0812",)
    assert word_variants("-5") == ("-5",)  # too few digits to be a phone


THAI_ASCII = st.text(st.sampled_from(
    [*map(chr, range(0x0E01, 0x0E3B)), *map(chr, range(0x0E3F, 0x0E5C)), *"abcXYZ019 -\t\n\r",
     "\x00", "\x85", "\x7f", "\xa0"]), max_size=40)


@given(THAI_ASCII)
def test_the_fast_row_key_equals_the_slow_one_for_matching(text):
    fast, exotic = row_key(text)
    slow = search_key(text).encode(CODEC)
    assert exotic is None
    # Same words (a word never holds a space, so only the words must agree).
    assert fast.decode(CODEC).split() == slow.decode(CODEC).split()


@given(st.text(max_size=30))
def test_any_row_key_matches_what_its_str_key_holds(text):
    data, exotic = row_key(text)
    key = search_key(text)
    for word in key.split():
        try:
            needle = word.encode(CODEC)
        except UnicodeEncodeError:
            assert exotic is not None and word in exotic  # answered from the str key
        else:
            assert needle in data


def test_byte_sets_say_which_rows_may_hold_a_word():
    texts = [b"abc", b"", b"cab", b"zzz", *[b"q"] * 20, b"ab"]
    sets = ByteSets()
    sets.build(texts)
    assert np.flatnonzero(sets.may_hold(b"ab")).tolist() == [0, 2, 24]
    texts.append(b"ba")
    texts[3] = b"a b"
    sets.update(texts, [3, 25])
    assert np.flatnonzero(sets.may_hold(b"b")).tolist() == [0, 2, 3, 24, 25]
    assert np.flatnonzero(sets.may_hold(b"ba")).tolist() == [25]  # the pair, not just a and b
    assert sets.exact(b"ab") and not sets.exact(b"abc")  # "ab" is among the common pairs


@given(st.lists(st.binary(max_size=30), min_size=1, max_size=40), st.binary(min_size=1,
                                                                             max_size=5))
def test_byte_sets_never_rule_out_a_row_that_holds_the_word(rows, word):
    sets = ByteSets()
    sets.build(rows)
    may = sets.may_hold(word)
    assert all(may[i] for i, row in enumerate(rows) if word in row)
    if sets.exact(word):  # one byte, or one of the common pairs: no row test needed
        assert may.tolist() == [word in row for row in rows]


def index_of(rows, categories=None) -> TextIndex:
    return TextIndex.from_rows(rows, categories or {})


def ids(index: TextIndex, query: str) -> list[int]:
    return index.id_array()[index.match(search_words(query))].tolist()


def test_every_word_in_any_order_in_text_or_category_name():
    index = index_of([
        (1, 1, "2570-000001 ไฟดับ หน้าวัด สมศรี 0812345678"),
        (2, 1, "2570-000002 ดับไฟป่า ไฟลุกอีก"),
        (3, 2, "2570-000003 ไฟฟ้า"),
        (4, 2, "2570-000004 ถนนพัง ROAD Café"),
    ], {1: "ไฟฟ้าส่องสว่าง", 2: "ถนนชำรุด"})
    assert ids(index, "ไฟ ดับ") == [1, 2]
    assert ids(index, "ดับ   ไฟ") == [1, 2]
    assert ids(index, "ส่องสว่าง") == [1, 2]  # the category's name
    assert ids(index, "ชำรุด ไฟ") == [3]  # one word in the category, one in the text
    assert ids(index, "road") == ids(index, "ROAD") == [4]
    assert ids(index, "cafe\u0301") == [4]  # an exotic word, from the row's str key
    assert ids(index, "081-234") == [1]
    assert ids(index, "ไ\u200bฟ\u00ad \x00ดับ") == [1, 2]
    assert ids(index, "ไม่มี") == []


def test_an_edit_replaces_the_text_and_a_late_row_shifts_positions():
    index = index_of([(1, 1, "ไฟดับ"), (5, 1, "ถนน")])
    index.put(1, 1, "น้ำท่วม")
    index.put(3, 1, "ไฟดับอีก")  # committed late, below id 5
    index.settle()
    assert ids(index, "ไฟดับ") == [3] and ids(index, "น้ำ") == [1]
    assert index.id_array().tolist() == [1, 3, 5] and index.generation == 1


def test_a_cancelled_scan_stops():
    index = index_of([(i, 1, f"แถว {i}") for i in range(1, 50)])
    with pytest.raises(Cancelled):
        index.match(["แถว"], cancelled=lambda: True)


def test_a_longer_word_narrows_the_earlier_result():
    assert _narrows(("ไฟดับ",), ("ไฟ",))
    assert _narrows(("ซอย", "ไฟฟ้า"), ("ไฟ",))
    assert not _narrows(("ไฟ",), ("ไฟดับ",))
    assert _narrows(("081-2",), ("081-",))
    assert _narrows(("0812",), ("081-",))  # "081-" matched "081" too, which "0812" holds
    assert not _narrows(("081",), ("081-2",))
    assert unicodedata.is_normalized("NFC", search_key("ปู่"))


def test_a_word_may_name_the_rows_village_in_either_language():
    index = TextIndex.from_rows([
        (1, 1, "2570-000001 ไฟดับ", 7),
        (2, 1, "2570-000002 ไฟดับ", 8),
        (3, 2, "2570-000003 ถนนพัง"),          # no village
    ], {1: "ไฟฟ้า Street lights", 2: "ถนน Roads"}, {7: "บ้านป่าจี้ Ban Pa Chi", 8: "บ้านไร่ Ban Rai"})
    assert ids(index, "chi") == [1]
    assert ids(index, "ป่าจี้") == [1]
    assert ids(index, "ban") == [1, 2]
    assert ids(index, "rai lights") == [2]      # a village word and a category word
    assert ids(index, "roads") == [3]
    assert ids(index, "ban roads") == []
