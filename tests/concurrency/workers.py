"""Code that runs inside the processes the concurrency tests spawn.

Every worker builds its own App (and so its own engine and connections) in the child process,
disposes it before exiting, and writes what it did to a JSON file the test reads afterwards:
{"ok": true, "result": ...} or {"ok": false, "error": "<traceback>"}. Nothing database-related
ever crosses a process boundary; only plain values and multiprocessing primitives do."""

from __future__ import annotations

import json
import random
import time
import traceback
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import RuleViolation
from tests.helpers import open_app

BARRIER_TIMEOUT = 60.0  # seconds; the test aborts the barriers sooner if a worker dies

Sync = dict[str, Any]  # multiprocessing Barrier / Event objects, by name
Params = dict[str, Any]


def main(role: str, db_url: str, data_dir: str, result_path: str, sync: Sync, params: Params) -> None:
    """The target of every spawned process."""
    warnings.simplefilter("error")  # the same strictness as the test process (filterwarnings=error)
    out = Path(result_path)
    try:
        app = open_app(db_url, Path(data_dir))
        try:
            result = ROLES[role](app, sync, params)
        finally:
            app.close()
    except BaseException:
        out.write_text(json.dumps({"ok": False, "error": traceback.format_exc()}), encoding="utf-8")
        raise SystemExit(1) from None
    out.write_text(json.dumps({"ok": True, "result": result}, default=str), encoding="utf-8")


def _wait(sync: Sync, name: str = "start") -> None:
    sync[name].wait(BARRIER_TIMEOUT)


# --- 1. many kiosks issuing at once ---------------------------------------------------------


def issue_many(app: App, sync: Sync, params: Params) -> list[dict[str, Any]]:
    """Issue `count` tickets of `service` (and one of `other` every `other_every`) after the barrier."""
    issued = []
    _wait(sync)
    for i in range(params["count"]):
        for code in [params["service"]] + ([params["other"]] if (i + 1) % params["other_every"] == 0 else []):
            result = app.queue.issue(code)
            ticket = result.ticket
            issued.append(
                {"id": ticket.id, "number": ticket.number, "service": ticket.service, "ahead": result.waiting_ahead}
            )
    return issued


# --- 2. many counters emptying one queue ----------------------------------------------------


def serve_until_empty(app: App, sync: Sync, params: Params) -> list[dict[str, Any]]:
    """Call next and finish until the queue is empty; report every ticket this counter called."""
    counter = params["counter"]
    served: list[dict[str, Any]] = []
    _wait(sync)
    while True:
        called = app.queue.call_next(counter)
        if called is None:
            break
        if called.counter != counter or called.status != "called":
            raise AssertionError(f"counter {counter} got back {called}")
        if len(served) % 3 == 0:  # sometimes the citizen is marked as arrived first
            app.queue.start(counter)
        finished = app.queue.finish(counter)
        if finished.id != called.id or finished.status != "finished":
            raise AssertionError(f"counter {counter} called {called.id} but finished {finished}")
        served.append({"id": called.id, "number": called.number, "priority": called.priority})
    return served


# --- 3. two counters calling the same ticket -------------------------------------------------


def call_same_ticket(app: App, sync: Sync, params: Params) -> list[dict[str, Any]]:
    """Each round: everyone calls ticket refs[i] at once; the winner finishes it once all have tried."""
    counter = params["counter"]
    outcomes = []
    for ref in params["refs"]:
        _wait(sync)
        # The last one through a barrier runs on while the others wake up, and the last one is
        # the previous winner (it had to finish): a little jitter keeps either side able to win.
        time.sleep(random.random() * params["jitter"])
        outcomes.append(_try_call(app, counter, ref))
        _wait(sync)  # nobody finishes before every contender has tried
        if outcomes[-1]["won"]:
            app.queue.finish(counter)
    return outcomes


def _try_call(app: App, counter: int, ref: int | str) -> dict[str, Any]:
    try:
        ticket = app.queue.call_ticket(counter, ref)
    except RuleViolation as exc:
        return {"won": False, "ref": ref, "error": type(exc).__name__, "message": exc.message}
    return {"won": True, "ref": ref, "id": ticket.id, "counter": ticket.counter, "call_count": ticket.call_count}


def call_or_call_next(app: App, sync: Sync, params: Params) -> list[dict[str, Any]]:
    """Each round one ticket waits; the 'by_number' side calls it by number, the other presses next.

    The 'by_number' side also issues the round's ticket before the round starts."""
    counter, by_number = params["counter"], params["by_number"]
    outcomes = []
    for _ in range(params["rounds"]):
        number = app.queue.issue(params["service"]).ticket.number if by_number else ""
        _wait(sync)
        if by_number:
            outcome = _try_call(app, counter, number)
        else:
            ticket = app.queue.call_next(counter)
            outcome = {"won": ticket is not None, "id": ticket.id if ticket else None}
        outcomes.append(outcome)
        _wait(sync)
        if outcome["won"]:
            app.queue.finish(counter)
        _wait(sync)  # the next ticket is issued only once this one is closed
    return outcomes


# --- clocks: a move whose clock reading is followed by a stall (a slow PC or LAN) -------------


def call_next_slow_clock(app: App, sync: Sync, params: Params) -> dict[str, Any] | None:
    """Call next with a clock that answers, then stalls for `delay` seconds (a slow round trip)."""
    _wait(sync)
    app.db.clock_override = _slow_clock(params["delay"])
    try:
        ticket = app.queue.call_next(params["counter"])
    finally:
        app.db.clock_override = None
    return ticket.to_json() if ticket else None


def issue_after(app: App, sync: Sync, params: Params) -> dict[str, Any]:
    _wait(sync)
    time.sleep(params["after"])
    return app.queue.issue(params["service"]).ticket.to_json()


def _slow_clock(delay: float) -> Callable[[], datetime]:
    def slow_now() -> datetime:
        now = datetime.now(UTC)
        time.sleep(delay)
        return now

    return slow_now


def reception_slow_clock(app: App, sync: Sync, params: Params) -> list[dict[str, Any]]:
    """Each round: cancel or unpark a ticket with a clock that stalls after answering."""
    outcomes = []
    for move, ticket_id in params["moves"]:
        _wait(sync)
        app.db.clock_override = _slow_clock(params["delay"])
        try:
            ticket = app.queue.cancel(ticket_id) if move == "cancel" else app.queue.unpark(ticket_id)
            outcomes.append({"move": move, "ok": True, "status": ticket.status})
        except RuleViolation as exc:
            outcomes.append({"move": move, "ok": False, "error": type(exc).__name__})
        finally:
            app.db.clock_override = None
    return outcomes


def park_after(app: App, sync: Sync, params: Params) -> list[str]:
    """Each round: wait `after` seconds, then park the citizen at the round's counter."""
    statuses = []
    for counter in params["counters"]:
        _wait(sync)
        time.sleep(params["after"])
        statuses.append(app.queue.park(counter).status)
    return statuses


# --- 4. the event feed: a kiosk and counters working while the test listens ---------------------


def feed_kiosk(app: App, sync: Sync, params: Params) -> dict[str, Any]:
    """Issue tickets at a human-ish pace, cancel some right away (racing the counter)."""
    issued, cancelled, too_late = [], [], []
    _wait(sync)
    try:
        for i in range(params["count"]):
            code = "HT" if i % 3 == 2 else "CT"
            reason = PriorityReason.NGUOI_CAO_TUOI if i % 5 == 4 else None
            ticket = app.queue.issue(code, reason).ticket
            issued.append(ticket.id)
            if i % 9 == 8:
                try:
                    app.queue.cancel(ticket.id, "khách bỏ về")
                    cancelled.append(ticket.id)
                except RuleViolation:
                    too_late.append(ticket.id)  # the counter called it first: a legal outcome
            time.sleep(params["pause"])
    finally:
        sync["issuing_done"].set()
    return {"issued": issued, "cancelled": cancelled, "too_late": too_late}


def feed_counter(app: App, sync: Sync, params: Params) -> dict[str, Any]:
    """Serve what the kiosk issues, with every kind of move, until it is done and nobody waits."""
    counter = params["counter"]
    done = sync["issuing_done"]
    seen: list[int] = []
    parked: set[int] = set()
    cancelled_while_parked: list[int] = []
    _wait(sync)
    app.queue.pause(counter, "họp giao ban")
    app.queue.resume(counter)
    while True:
        finished_issuing = done.is_set()  # read before calling: a None after it means really empty
        ticket = app.queue.call_next(counter)
        if ticket is None:
            if finished_issuing:
                break
            time.sleep(0.005)
            continue
        seen.append(ticket.id)
        step = len(seen)
        if step % 4 == 0 and ticket.id not in parked:
            app.queue.recall(counter)
            app.queue.park(counter, "bổ sung giấy tờ")
            parked.add(ticket.id)
            try:
                app.queue.unpark(ticket.id)  # back at once: it waits in its old place and is called again
            except RuleViolation:
                cancelled_while_parked.append(ticket.id)  # the kiosk cancelled it in between: legal
        elif step % 7 == 0:
            app.queue.no_show(counter)
        else:
            app.queue.start(counter)
            app.queue.finish(counter)
    return {"called": seen, "parked": sorted(parked), "cancelled_while_parked": cancelled_while_parked}


ROLES: dict[str, Callable[[App, Sync, Params], Any]] = {
    "issue_many": issue_many,
    "serve_until_empty": serve_until_empty,
    "call_same_ticket": call_same_ticket,
    "call_or_call_next": call_or_call_next,
    "call_next_slow_clock": call_next_slow_clock,
    "issue_after": issue_after,
    "reception_slow_clock": reception_slow_clock,
    "park_after": park_after,
    "feed_kiosk": feed_kiosk,
    "feed_counter": feed_counter,
}
