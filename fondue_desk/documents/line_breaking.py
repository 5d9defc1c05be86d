"""Thai line breaking: ReportLab breaks only at spaces and Thai has none between words.

A Thai paragraph would either overflow or be cut mid-word, so we break lines ourselves on
PyThaiNLP word boundaries (keeping names and abbreviations whole) and hand ReportLab lines that
already fit.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from reportlab.pdfbase.pdfmetrics import stringWidth

from fondue_desk.documents.vocabulary import DESK_WORDS

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
FIT_SLACK = 0.01
# newmm does not know most proper names, so it splits them (นาย|สม|ชาย, ป่า|จี้) and a line
# could end mid-name. A title stays with the word after it, and these place and contact
# abbreviations (newmm cuts "โทร." as โท|ร.) with the word or number after them, even across
# one space ("ต. แม่เหียะ", "โทร. 053-…"). Whole names are protected only when the caller
# passes them as `keep_together`: newmm cannot tell where a name ends.
_TITLE = re.compile(r"นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.")
_ABBREVIATION = re.compile(r"โทร\.|[ตอจม]\.")



def _is_mark(ch: str) -> bool:
    return ch in _THAI_MARKS or unicodedata.category(ch) in ("Mn", "Me")


def _has_thai(token: str) -> bool:
    # Thai digits (U+0E50–0E59) glue like Arabic ones: "๐๕๓-๑๒๓-๔๕๖" must not break inside.
    return any("\u0e00" <= ch <= "\u0e7f" and not "\u0e50" <= ch <= "\u0e59" for ch in token)


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


# A dictionary word cannot start before a following vowel or a mark, nor right after a
# leading vowel (เ แ โ ใ ไ): the text there is another word that merely contains it.
_FOLLOWING = frozenset("ะาำๅ")
_LEADING = frozenset("เแโใไ")


def _pieces(text: str, tiers: tuple[frozenset[str], ...]) -> Iterator[str]:
    """`text` cut before and after each occurrence of a custom word, the first tier first."""
    if not tiers:
        yield text
        return
    if not tiers[0]:
        yield from _pieces(text, tiers[1:])
        return
    pattern = re.compile("|".join(map(re.escape, sorted(tiers[0], key=len, reverse=True))))
    pos = at = 0
    while (m := pattern.search(text, at)) is not None:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before in _LEADING or (after and (after in _FOLLOWING or _is_mark(after))):
            at = m.start() + 1
            continue
        if m.start() > pos:
            yield from _pieces(text[pos:m.start()], tiers[1:])
        yield m.group()
        pos = at = m.end()
    if pos < len(text):
        yield from _pieces(text[pos:], tiers[1:])


@lru_cache(maxsize=4096)
def _words(paragraph: str, *tiers: frozenset[str]) -> tuple[str, ...]:
    """Break opportunities of one paragraph: newmm words, with unbreakable runs re-joined.

    `tiers` are the custom dictionary: the document's own names, then the desk's words, found
    in the paragraph. Their edges are word boundaries, found first (longest first) and newmm
    segments the text between them: given them as dictionary words, its maximal matching may
    still cut across one (ติด|ตามเรื่อง). The paragraph alone decides them, so a reprint
    breaks its lines the same way; `_tokens` then keeps each whole.
    """
    from pythainlp.tokenize import word_tokenize  # heavy import, paid on first Thai layout

    tokens: list[str] = []
    for piece in _pieces(paragraph, tiers):  # a custom word keeps its inner words as the
        tokens += word_tokenize(piece, engine="newmm", keep_whitespace=True)  # fallback breaks
    merged: list[str] = []
    for token in tokens:
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


Runs = dict[tuple[int, int], int]  # protected runs of word indices -> rank (lower wins)


def _nest(words: tuple[str, ...], lo: int, hi: int, runs: Runs) -> list[_Item]:
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
            inner = {r: runs[r] for r in members if r != (start, stop)}
        else:  # runs that only overlap: no break keeps both whole, so the union falls back
            # to the higher-ranked run whole ("ใบรับเรื่อง|ร้องเรียน")
            inner = _untangled({r: runs[r] for r in members})
        items.append(_Group("".join(words[start:stop]), tuple(_nest(words, start, stop, inner))))
        pos = stop
    items.extend(words[pos:hi])
    return items


def _untangled(runs: Runs) -> Runs:
    """Overlapping runs made nested or disjoint: by rank, then from the left, each run is cut
    where it overlaps one already kept, unless one lies inside the other."""
    kept: Runs = {}
    for (lo, hi), rank in sorted(runs.items(), key=lambda r: (r[1], r[0][0], -r[0][1])):
        for k_lo, k_hi in kept:
            if k_lo <= lo < k_hi < hi:
                lo = k_hi
            elif lo < k_lo < hi <= k_hi:
                hi = k_lo
        if hi - lo > 1:
            kept[lo, hi] = rank
    return kept


@lru_cache(maxsize=4096)
def _tokens(paragraph: str, phrases: tuple[str, ...] = ()) -> tuple[_Item, ...]:
    """Tokens of one paragraph with no break inside a protected phrase, title or abbreviation,
    or a word of the desk's vocabulary.

    `phrases` holds only those that occur in the paragraph, so the cache is shared by callers
    with different lists. Where two overlap, a title goes first, then the document's phrases,
    then the desk's words.
    """
    desk = tuple(w for w in DESK_WORDS if w in paragraph and w not in phrases)
    words = _words(paragraph, frozenset(phrases), frozenset(desk))
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word))
    runs: Runs = {}
    ranked = ((0, _auto_spans(paragraph, words, starts)), (1, _phrase_spans(paragraph, phrases)),
              (2, _phrase_spans(paragraph, desk)))
    for rank, spans in ranked:
        for s, e in spans:  # word indices of the words the span touches
            run = (bisect_right(starts, s) - 1, bisect_right(starts, e - 1))
            if run[1] - run[0] > 1:
                runs[run] = min(rank, runs.get(run, rank))
    if not runs:
        return words
    return tuple(_nest(words, 0, len(words), runs))


def _fitting(
    items: Iterable[_Item], font_name: str, font_size: float, width: float
) -> Iterator[str]:
    """Tokens to lay out: a protected group as one, unless it alone is wider than a line."""
    for item in items:
        if isinstance(item, str):
            yield item
        elif text_width(item.text, font_name, font_size) <= width:
            yield item.text
        else:
            yield from _fitting(item.parts, font_name, font_size, width)


def protected_phrases(keep_together: Iterable[str]) -> tuple[str, ...]:
    """The protected phrases as a hashable key: stripped, de-duplicated, sorted."""
    if isinstance(keep_together, str):
        raise TypeError("keep_together takes a collection of phrases, not one string")
    return tuple(sorted({p for p in map(str.strip, map(normalise_text, keep_together)) if len(p) > 1}))


def warm_up() -> None:
    """Load the newmm dictionary now (~0.3 s) so the first receipt at the counter is not slow.

    Call it from a background thread at start-up; later layouts reuse the loaded dictionary.
    """
    _tokens("ใบรับเรื่องร้องเรียน")


@lru_cache(maxsize=65536)
def text_width(text: str, font_name: str, font_size: float) -> float:
    if text.isspace():  # ReportLab collapses runs of whitespace; tabs have no glyph
        return len(text) * stringWidth(" ", font_name, font_size)
    return stringWidth(text, font_name, font_size)


def fitted(text: str, font_name: str, font_size: float, width: float, *,
           nothing_fits: str = "…") -> str:
    """`text` cut with "…" to fit `width` (a chart label, a map name); never cut just before
    a Thai mark, which would leave it on a missing base."""
    if text_width(text, font_name, font_size) <= width:
        return text
    for cut in range(len(text) - 1, 0, -1):
        if _is_mark(text[cut]):
            continue
        head = text[:cut].rstrip() + "…"
        if text_width(head, font_name, font_size) <= width:
            return head
    return nothing_fits


def _clusters(token: str) -> list[str]:
    """Grapheme clusters: a base character with the combining marks that follow it."""
    out: list[str] = []
    for ch in token:
        if out and _is_mark(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def layout_lines(
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
            tok_w = text_width(token, font_name, font_size)
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
                        c_w = text_width(cluster, font_name, font_size)
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


def leading_words(text: str, min_letters: int = 3) -> str:
    """The first word of `text` as the line breaker sees it (a name or a desk word whole), with
    the words after it while it has fewer than `min_letters` letters ("ผล" alone says little)."""
    paragraph = normalise_text(text).strip().split("\n")[0]
    out = ""
    for item in _tokens(paragraph) if paragraph else ():
        word = item if isinstance(item, str) else item.text
        if word.isspace() or (out and sum(ch.isalnum() for ch in out) >= min_letters):
            break
        out += word
    return out


def last_break(text: str) -> int:
    """Offset of the last place `text` may break before its end: before its last word, or at
    the start of its last line when that is one word (0 for a single word)."""
    start = text.rfind("\n") + 1
    words = _tokens(text[start:]) if text[start:] else ()
    return start + sum(len(w if isinstance(w, str) else w.text) for w in words[:-1])


def normalise_text(text: str) -> str:
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
    text = normalise_text(text)
    first = width if first_line_width is None else first_line_width
    spans = layout_lines(text, font_name, font_size, width, first, protected_phrases(keep_together))
    return [text[s:e] for s, e in spans]
