"""Thai text for documents: BE dates, Thai digits, word-aware line breaking, a shaped Flowable.

ReportLab breaks lines only at spaces and Thai has none between words, so a Thai paragraph
would either overflow or be cut mid-word. We break lines ourselves on PyThaiNLP word
boundaries and hand ReportLab lines that already fit, joined with <br/>.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from html import unescape
from typing import NamedTuple
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from fondue_desk.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from fondue_desk.domain.calendar import be_year, to_thai

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
THAI_MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# Thai above/below vowels and tone marks: they sit on the preceding consonant, so a line may
# never begin with one.
_THAI_MARKS = frozenset(
    "\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(map(chr, range(0x0E47, 0x0E4F)))
)
# A line starting with ๆ or a closing bracket, or ending with an opening one, reads as a
# typesetting error, so these stick to their neighbour word.
_CLOSERS = frozenset(".,;:!?)]}”’%…ๆฯ")
_OPENERS = frozenset("([{“‘")
# Room left for float rounding so ReportLab never re-wraps a line we measured as fitting.
_SLACK = 0.01
# newmm does not know most proper names, so it splits them (นาย|สม|ชาย, ป่า|จี้) and a line
# could end mid-name. A title stays with the word after it, and these place and contact
# abbreviations (newmm cuts "โทร." as โท|ร.) with the word or number after them, even across
# one space ("ต. แม่เหียะ", "โทร. 053-…"). Whole names are protected only when the caller
# passes them as `keep_together`: newmm cannot tell where a name ends.
_TITLE = re.compile(r"นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.")
_ABBREVIATION = re.compile(r"โทร\.|[ตอจม]\.")


def to_thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def thai_date(d: date | datetime, *, short: bool = False, thai_digits: bool = False) -> str:
    """"25 พฤศจิกายน 2569" (Buddhist Era, no "พ.ศ.", as official letters write it)."""
    if isinstance(d, datetime):
        d = to_thai(d).date()
    months = THAI_MONTHS_SHORT if short else THAI_MONTHS
    text = f"{d.day} {months[d.month - 1]} {be_year(d.year)}"
    return to_thai_digits(text) if thai_digits else text


def thai_datetime(dt: datetime, *, thai_digits: bool = False) -> str:
    """"25 พฤศจิกายน 2569 เวลา 09:41 น." in Thai local time (naive values are UTC)."""
    local = to_thai(dt)
    text = f"{thai_date(local.date())} เวลา {local:%H:%M} น."
    return to_thai_digits(text) if thai_digits else text


def _is_mark(ch: str) -> bool:
    return ch in _THAI_MARKS or unicodedata.category(ch) in ("Mn", "Me")


def _has_thai(token: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in token)


def _glues(prev: str, token: str) -> bool:
    if prev.isspace() or token.isspace():
        return False
    if _is_mark(token[0]) or all(ch in _CLOSERS for ch in token):
        return True
    if all(ch in _OPENERS for ch in prev):
        return True
    # newmm cuts Latin runs at punctuation ("https" | "://x.org") and even before combining
    # accents; a URL, phone number or amount should move to the next line as a whole.
    return not _has_thai(prev) and not _has_thai(token)


@lru_cache(maxsize=4096)
def _words(paragraph: str) -> tuple[str, ...]:
    """Break opportunities of one paragraph: newmm words, with unbreakable runs re-joined."""
    from pythainlp.tokenize import word_tokenize  # heavy import, paid on first Thai layout

    merged: list[str] = []
    for token in word_tokenize(paragraph, engine="newmm", keep_whitespace=True):
        if merged and _glues(merged[-1], token):
            merged[-1] += token
        else:
            merged.append(token)
    if "".join(merged) != paragraph:  # never lose text to a tokenizer quirk; spaces still break
        return tuple(part for part in re.split(r"(\s+)", paragraph) if part)
    return tuple(merged)


class _Group(NamedTuple):
    """Words laid out as one token; `parts` are its breaks if it is wider than a whole line."""

    text: str
    parts: tuple[str | _Group, ...]


_Item = str | _Group


def _auto_spans(paragraph: str, words: tuple[str, ...], starts: list[int]) -> list[tuple[int, int]]:
    """Character spans of a title or abbreviation together with the word that follows it."""
    spans: list[tuple[int, int]] = []
    index = {pos: i for i, pos in enumerate(starts)}
    for pattern in (_TITLE, _ABBREVIATION):
        for m in pattern.finditer(paragraph):
            i = index.get(m.end())
            if m.start() not in index or i is None:
                continue  # part of a longer word: นายก, นางฟ้า, "ส.ต." is not "ต."
            spans.append(m.span())  # newmm cuts "โทร." itself as โท|ร.
            if i < len(words) and words[i].isspace():
                i += 1
            if i < len(words) and not words[i].isspace():
                spans.append((m.start(), starts[i + 1]))
    return spans


def _phrase_spans(paragraph: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        at = paragraph.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = paragraph.find(phrase, at + 1)
    return spans


def _nest(words: tuple[str, ...], lo: int, hi: int, runs: list[tuple[int, int]]) -> list[_Item]:
    """Words lo..hi with each protected run of word indices made a group, innermost last.

    Overlapping runs become one group; a group wider than a line falls back to the groups
    (or words) inside it, so "นางสาวมาลี ใจดี" can still break at its space if it must.
    """
    clusters: list[list[tuple[int, int]]] = []
    end = -1
    for run in sorted(runs, key=lambda r: (r[0], -r[1])):
        if run[0] < end:
            clusters[-1].append(run)
            end = max(end, run[1])
        else:
            clusters.append([run])
            end = run[1]
    items: list[_Item] = []
    pos = lo
    for members in clusters:
        start, stop = members[0][0], max(r[1] for r in members)
        items.extend(words[pos:start])
        if (start, stop) in members:
            inner = [r for r in members if r != (start, stop)]
            parts = tuple(_nest(words, start, stop, inner))
        else:  # runs that only overlap: their union falls back to plain words
            parts = words[start:stop]
        items.append(_Group("".join(words[start:stop]), parts))
        pos = stop
    items.extend(words[pos:hi])
    return items


@lru_cache(maxsize=4096)
def _tokens(paragraph: str, phrases: tuple[str, ...] = ()) -> tuple[_Item, ...]:
    """Tokens of one paragraph with no break inside a protected phrase, title or abbreviation.

    `phrases` holds only those that occur in the paragraph, so the cache is shared by callers
    with different lists.
    """
    words = _words(paragraph)
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word))
    spans = _auto_spans(paragraph, words, starts) + _phrase_spans(paragraph, phrases)
    runs: set[tuple[int, int]] = set()
    for s, e in spans:  # word indices of the words the span touches
        run = (bisect_right(starts, s) - 1, bisect_right(starts, e - 1))
        if run[1] - run[0] > 1:
            runs.add(run)
    if not runs:
        return words
    return tuple(_nest(words, 0, len(words), list(runs)))


def _fitting(
    items: Iterable[_Item], font_name: str, font_size: float, width: float
) -> Iterator[str]:
    """Tokens to lay out: a protected group as one, unless it alone is wider than a line."""
    for item in items:
        if isinstance(item, str):
            yield item
        elif _width(item.text, font_name, font_size) <= width:
            yield item.text
        else:
            yield from _fitting(item.parts, font_name, font_size, width)


def _phrases(keep_together: Iterable[str]) -> tuple[str, ...]:
    """The protected phrases as a hashable key: stripped, de-duplicated, sorted."""
    if isinstance(keep_together, str):
        raise TypeError("keep_together takes a collection of phrases, not one string")
    return tuple(sorted({p for p in map(str.strip, map(_normalise, keep_together)) if len(p) > 1}))


def warm_up() -> None:
    """Load the newmm dictionary now (~0.3 s) so the first receipt at the counter is not slow.

    Call it from a background thread at start-up; later layouts reuse the loaded dictionary.
    """
    _words("ใบรับเรื่องร้องเรียน")


@lru_cache(maxsize=65536)
def _width(text: str, font_name: str, font_size: float) -> float:
    if text.isspace():  # ReportLab collapses runs of whitespace; tabs have no glyph
        return len(text) * stringWidth(" ", font_name, font_size)
    return stringWidth(text, font_name, font_size)


def _clusters(token: str) -> list[str]:
    """Grapheme clusters: a base character with the combining marks that follow it."""
    out: list[str] = []
    for ch in token:
        if out and _is_mark(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _layout(
    text: str,
    font_name: str,
    font_size: float,
    width: float,
    first_line_width: float,
    phrases: tuple[str, ...] = (),
) -> list[tuple[int, int]]:
    """Greedy line breaking; returns (start, end) offsets of each line in `text`."""
    spans: list[tuple[int, int]] = []
    limit = first_line_width
    offset = 0
    for paragraph in text.split("\n"):
        start = end = pos = offset  # line start, end of its last word, next token
        line_w = 0.0  # width from `start` to `end`
        pending_w = 0.0  # whitespace after `end`, counted only if another word follows
        has_word = False
        tokens: Iterator[str]
        if paragraph:
            found = tuple(p for p in phrases if p in paragraph)
            tokens = _fitting(_tokens(paragraph, found), font_name, font_size, width)
        else:
            tokens = iter(())
        for token in tokens:
            tok_w = _width(token, font_name, font_size)
            if token.isspace():
                if has_word:
                    pending_w += tok_w
                else:  # indentation at a paragraph start stays while it fits
                    line_w += tok_w
                pos += len(token)
                continue
            if has_word and line_w + pending_w + tok_w <= limit:
                line_w += pending_w + tok_w
            else:
                if has_word:
                    spans.append((start, end))
                    limit, has_word, start, line_w = width, False, pos, 0.0
                if line_w + tok_w > limit:
                    start, line_w = pos, 0.0
                if limit < tok_w <= width:
                    # Only the shortened first line is too narrow: leave it to the label
                    # rather than cut a word that fits a full line.
                    spans.append((start, start))
                    limit = width
                if tok_w <= limit:
                    line_w += tok_w
                else:  # wider than any line: cut between clusters, never inside one
                    cpos = pos
                    for cluster in _clusters(token):
                        c_w = _width(cluster, font_name, font_size)
                        if cpos > start and line_w + c_w > limit:
                            spans.append((start, cpos))
                            limit, start, line_w = width, cpos, 0.0
                        line_w += c_w
                        cpos += len(cluster)
            pending_w = 0.0
            has_word = True
            pos += len(token)
            end = pos
        spans.append((start, end if has_word else start))
        limit = width
        offset += len(paragraph) + 1
    return spans


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def break_lines(
    text: str,
    font_name: str,
    font_size: float,
    width: float,
    *,
    first_line_width: float | None = None,
    keep_together: Iterable[str] = (),
) -> list[str]:
    """Lines of `text` that each fit `width` points, broken between Thai words.

    Explicit newlines stay line breaks; spaces where a line wraps are dropped. A token wider
    than the whole line is cut between grapheme clusters, never inside one.

    No line breaks inside an occurrence of a `keep_together` phrase (names newmm does not
    know, e.g. "ป่าจี้", "นายสมชาย ใจดี") unless the phrase alone is wider than a line; a
    title (นาย, นางสาว, ด.ช., ...) or "โทร.", "ต.", "อ.", "จ.", "ม." always stays with the word
    after it.
    """
    text = _normalise(text)
    first = width if first_line_width is None else first_line_width
    spans = _layout(text, font_name, font_size, width, first, _phrases(keep_together))
    return [text[s:e] for s, e in spans]


def shaped_paragraph_style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    leading: float | None = None,
    alignment: int = TA_LEFT,
    **kw: object,
) -> ParagraphStyle:
    """A Sarabun style with HarfBuzz shaping, without which tone marks collide (ที่ ผู้ น้ำ)."""
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT_REGULAR,
        fontSize=size,
        # Stacked marks (ผู้, ปั้น) need more room above the x-height than Latin text.
        leading=leading if leading is not None else round(size * 1.4, 1),
        alignment=alignment,
        shaping=1,
        **kw,
    )


def _plain_width(markup: str, style: ParagraphStyle) -> float:
    """Width of trusted markup as plain text; the bold face bounds it whatever the tags say."""
    plain = unescape(re.sub(r"<[^>]*>", "", markup))
    return max(_width(plain, face, style.fontSize) for face in (style.fontName, FONT_BOLD))


class ThaiParagraph(Flowable):
    """A platypus Paragraph for plain user text, broken between Thai words.

    `markup_prefix` is trusted markup (e.g. "<b>เรื่อง</b> ") put before the first line;
    `keep_together` lists phrases not to break inside, as for `break_lines`.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        markup_prefix: str = "",
        keep_together: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.keep_together = _phrases(keep_together)
        # Trailing blank lines render as nothing in ReportLab but would skew our line count.
        self.text = _normalise(text).rstrip()
        self.style = style
        self.markup_prefix = markup_prefix
        self._avail_width: float | None = None
        self._spans: list[tuple[int, int]] = []
        self._para: Paragraph | None = None

    def _markup(self, spans: list[tuple[int, int]], prefix: str) -> str:
        return prefix + "<br/>".join(escape(self.text[s:e]) for s, e in spans)

    def _layout(self, avail_width: float) -> None:
        if self._avail_width == avail_width and self._para is not None:
            return
        style = self.style
        inner = avail_width - style.leftIndent - style.rightIndent - _SLACK
        first = inner - style.firstLineIndent
        if self.markup_prefix:
            first -= _plain_width(self.markup_prefix, style)
        self._spans = _layout(
            self.text, style.fontName, style.fontSize, inner, first, self.keep_together
        )
        self._para = Paragraph(self._markup(self._spans, self.markup_prefix), style)
        self._avail_width = avail_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout(availWidth)
        assert self._para is not None
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits >= len(self._spans):
            return [self]
        if fits < 1:
            return []
        # The head keeps exactly the lines already measured; the tail is laid out afresh for
        # whatever frame it lands in, without the first-line indent or the label.
        head_style = ParagraphStyle(f"{self.style.name}-head", parent=self.style, spaceAfter=0)
        head = Paragraph(self._markup(self._spans[:fits], self.markup_prefix), head_style)
        tail_style = ParagraphStyle(
            f"{self.style.name}-cont", parent=self.style, firstLineIndent=0, spaceBefore=0
        )
        tail = self.text[self._spans[fits][0]:]
        return [head, ThaiParagraph(tail, tail_style, keep_together=self.keep_together)]

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter
