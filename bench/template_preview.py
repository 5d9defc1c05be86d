"""Template preview benchmark: keystroke → PDF ready on Settings → Templates; JSON.

Target (issue 13): the live preview of a real or sample complaint updates within half a second
of typing. Measured through the real page (offscreen Qt): a key is typed into the editor and
the clock stops when the page has the new PDF loaded in its viewer (its `preview_shown`
signal), so the 250 ms pause the page waits for typing to stop, the check, the fill, the
ReportLab layout off the GUI thread and QtPdf's load are all inside. Each keystroke waits for
its preview, as when the admin pauses after a word.
Also: the same preview without Qt and without the pause (check + fill + layout), and the floor,
measured in the same run: plain ReportLab drawing the same filled text as shaped Sarabun
paragraphs on an A5 (receipt) or A4 (letter) page, with no table, QR code, emblem or template.
Usage: python bench/template_preview.py [--keys 30] [--smoke]
--smoke: 4 keystrokes per document, for the test suite.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fondue_desk.db.database import Database  # noqa: E402
from fondue_desk.documents.line_breaking import warm_up  # noqa: E402
from fondue_desk.documents.paragraphs import shaped_paragraph_style  # noqa: E402
from fondue_desk.domain.templates import Kind, render  # noqa: E402
from fondue_desk.services import demo, reference  # noqa: E402
from fondue_desk.services import template_preview as previews  # noqa: E402
from fondue_desk.services.template_values import letter_values, receipt_values  # noqa: E402

TARGET_MS = 500
TEXTS = {
    Kind.RECEIPT_HEADER: "ติดต่อสอบถามเรื่อง{{ category }} โทร. {{ office_phone }} ",
    Kind.LETTER_BODY: ("ตามที่ท่านได้แจ้งเรื่อง{{ category }} บริเวณ{{ location }} นั้น\n\n"
                       "{{ office }}ได้ดำเนินการแล้วเสร็จเมื่อวันที่ {{ completed_date }} "),
}
TYPED = "ขอบคุณที่แจ้งเรื่อง"


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(p95, 1),
            "max_ms": round(ordered[-1], 1)}


def floor_ms(text: str, kind: Kind, runs: int) -> dict[str, float]:
    """Plain ReportLab: the filled text as shaped paragraphs on one page, nothing else."""
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = shaped_paragraph_style("bench-template-floor", 11 if kind is Kind.RECEIPT_HEADER
                                   else 16)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        story = [Paragraph(part, style) for part in text.split("\n\n") if part.strip()]
        SimpleDocTemplate(io.BytesIO(), pagesize=A5 if kind is Kind.RECEIPT_HEADER else A4
                          ).build(story)
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def wait_for(signal, timeout_ms: int = 10_000) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def through_the_page(db, office, admin, kind: Kind, keys: int) -> dict:
    from ui.settings.page import SettingsContext
    from ui.settings.pages.templates import TemplatesPage

    page = TemplatesPage(SettingsContext(db, office, admin))
    page.resize(1100, 640)
    page.show()
    page.kind.setCurrentIndex(page.kind.findData(kind.value))
    wait_for(page.preview_shown)
    page.editor.setPlainText(TEXTS[kind])
    wait_for(page.preview_shown)
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    samples = []
    for i in range(keys):
        started = time.perf_counter()
        # One Thai key as a Thai layout sends it (QTest.keyClicks aborts on non-ASCII).
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.editor, Qt.Key.Key_unknown,
                           TYPED[i % len(TYPED)], Qt.KeyboardModifier.NoModifier)
        if not wait_for(page.preview_shown):
            raise SystemExit(f"no preview after keystroke {i} ({kind})")
        samples.append((time.perf_counter() - started) * 1000)
    text = page.editor.toPlainText()
    page.hide()
    page.deleteLater()
    return {"keystroke_to_pdf": percentiles(samples), "text": text}


def measure(db, office, admin, kind: Kind, keys: int) -> dict:
    measured = through_the_page(db, office, admin, kind, keys)
    category = reference.active_categories(db, office.id)[0].id
    context = previews.preview_context(
        db, office.id, kind, category_id=category if kind is Kind.LETTER_BODY else None)
    renders = []
    for _ in range(max(5, keys)):
        started = time.perf_counter()
        shown = previews.preview_pdf(context, measured["text"])
        renders.append((time.perf_counter() - started) * 1000)
        assert shown.pdf and shown.error is None
    values = (receipt_values(office, context.complaint) if kind is Kind.RECEIPT_HEADER else
              letter_values(office, context.complaint, result=previews.SAMPLE_RESULT,
                            completed=context.complaint.received_at))
    filled = render(kind, measured["text"], values)
    floor = floor_ms(filled, kind, max(5, keys))
    figures = {"document": "receipt A5" if kind is Kind.RECEIPT_HEADER else "closure letter A4",
               "keystrokes": keys, "keystroke_to_pdf": measured["keystroke_to_pdf"],
               "debounce_ms": 250, "preview_render_no_qt": percentiles(renders),
               "floor_plain_reportlab": floor}
    figures["render_p50_ratio_to_floor"] = round(
        figures["preview_render_no_qt"]["p50_ms"] / max(floor["p50_ms"], 0.1), 1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=30)
    parser.add_argument("--smoke", action="store_true", help="4 keystrokes per document")
    args = parser.parse_args()
    keys = 4 if args.smoke else args.keys
    app = QApplication.instance() or QApplication([])
    from ui.app import configure_application

    configure_application(app)
    folder = Path(tempfile.mkdtemp(prefix="fondue-bench-templates-"))
    db = Database.open(f"sqlite:///{folder / 'bench.sqlite3'}")
    demo.create_demo_office(db, complaints=20, passwords_must_change=False)
    office = reference.first_office(db)
    admin = reference.find_user(db, "admin")
    warm_up()  # the desk loads the Thai dictionary at start, not on the first preview
    figures = {"target_ms": TARGET_MS,
               "receipt": measure(db, office, admin, Kind.RECEIPT_HEADER, keys),
               "letter": measure(db, office, admin, Kind.LETTER_BODY, keys)}
    figures["within_target"] = all(
        figures[d]["keystroke_to_pdf"]["p95_ms"] <= TARGET_MS for d in ("receipt", "letter"))
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    db.close()
    print(json.dumps(figures, ensure_ascii=False, indent=2), flush=True)
    os._exit(0)  # skip Qt's teardown races with the finished preview threads


if __name__ == "__main__":
    main()
