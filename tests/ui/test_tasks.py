from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QObject, QThread

from ui.tasks import BackgroundTask


def test_work_runs_off_the_gui_thread_and_results_arrive_on_it(qtbot):
    seen = {}

    def work(progress, is_cancelled):
        seen["thread"] = threading.get_ident()
        progress(1, 2)
        return "done"

    task = BackgroundTask(work)
    results, progress = [], []
    task.progressed.connect(lambda d, t: progress.append((d, t)))
    task.succeeded.connect(lambda value: results.append((value, QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert seen["thread"] != threading.get_ident()
    assert results[0][0] == "done" and results[0][1] is QThread.currentThread()
    assert progress == [(1, 2)] and not task.is_running()


def test_errors_and_cancel_come_back(qtbot):
    def work(progress, is_cancelled):
        while not is_cancelled():
            QThread.msleep(5)
        raise RuntimeError("stopped")

    task = BackgroundTask(work)
    errors = []
    task.failed.connect(errors.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        task.cancel()
    assert str(errors[0]) == "stopped"


def test_wait_blocks_until_the_work_has_returned(qtbot):
    started, release = threading.Event(), threading.Event()
    done = []

    def work(progress, is_cancelled):
        started.set()
        release.wait(5)
        done.append(True)
        return "late"

    task = BackgroundTask(work)
    task.start()
    assert started.wait(5)
    threading.Timer(0.05, release.set).start()
    task.wait()
    assert done == [True] and not task.is_running()


def test_an_owner_deleted_mid_work_waits_for_it_and_tells_it_to_stop(qtbot):
    # Qt aborts the whole process when a running QThread is destroyed with its owner.
    owner = QObject()
    started, told_to_stop = threading.Event(), threading.Event()

    def work(_progress, cancelled):
        started.set()
        for _ in range(500):  # at most 5 s
            if cancelled():
                told_to_stop.set()
                return
            time.sleep(0.01)
        return

    task = BackgroundTask(work, owner)
    task.start()
    assert started.wait(10)
    shiboken6.delete(owner)
    assert told_to_stop.is_set()
