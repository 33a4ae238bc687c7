#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-timer-crash.py — a running timer survives the app being killed
#
#   test-timer-crash.py PATH/TO/daftar PATH/TO/daftar-cli
#
# The real app, on a ledger that holds one project, driven through the
# accessibility tree as test-a11y.py drives it (its helpers are imported from
# there): the timer is started from the header bar's Start Timer button and its
# project list. Once daftar-cli sees the timer in the ledger, the app gets
# SIGKILL: no shutdown code runs. The ledger must pass SQLite's integrity and
# foreign-key checks and still hold the timer, with its project and start time.
# A second run of the app must show the timer running for that project, counted
# from the stored start, in the header bar; stopping it there must make a
# session of the project that starts when the timer started.
#
# Every wait is bounded. Exit 77 (skipped) when something it needs is missing.

import importlib.util
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('daftar_a11y', os.path.join(HERE, 'test-a11y.py'))
a11y = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(a11y)

fail = a11y.fail

PROJECT = 'Crash-safe timer'
POLL_SECONDS = 20.0
# Seconds on the timer before the second run, so that a timer counted from the
# second start can't pass for one counted from the first.
BEFORE_RELAUNCH = 6
STOP_NAME = f'Stop the timer for {PROJECT} (Ctrl+T)'


def reexec_on_private_bus():
    """test-a11y.py's private D-Bus session, for this script."""
    service = a11y.find_a11y_bus_service()
    if service is None:
        a11y.skip('at-spi2-core is not installed (no org.a11y.Bus service)')
    if shutil.which('dbus-run-session') is None:
        a11y.skip('dbus-run-session is not installed')

    tmp = tempfile.mkdtemp(prefix='daftar-timer-bus-')
    services = os.path.join(tmp, 'services')
    os.mkdir(services)
    with open(service) as f:
        lines = [l for l in f if not l.startswith('SystemdService=')]
    with open(os.path.join(services, 'org.a11y.Bus.service'), 'w') as f:
        f.writelines(lines)
    config = os.path.join(tmp, 'session.conf')
    with open(config, 'w') as f:
        f.write(a11y.BUS_CONFIG.format(tmp=tmp, services=services))

    env = dict(os.environ, **{a11y.PRIVATE_BUS: tmp})
    env.pop('DBUS_SESSION_BUS_ADDRESS', None)
    env.pop('AT_SPI_BUS_ADDRESS', None)
    try:
        result = subprocess.run(['dbus-run-session', f'--config-file={config}', '--',
                                 sys.executable, os.path.abspath(__file__)] + sys.argv[1:],
                                env=env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(result.returncode)


def run_cli(cli, db, *args):
    result = subprocess.run([cli, '--db', db] + list(args), capture_output=True, text=True,
                            timeout=30)
    if result.returncode != 0:
        fail(f'daftar-cli {" ".join(args)}: status {result.returncode}, stderr {result.stderr!r}')
    return result.stdout


def timer_status(cli, db):
    return json.loads(run_cli(cli, db, 'timer', 'status', '--json'))


def read_only(db):
    return sqlite3.connect(f'file:{db}?mode=ro', uri=True)


def seconds_of(clock):
    """“H:MM” or “H:MM:SS”, as the header bar shows the timer."""
    match = re.fullmatch(r'(\d+):(\d\d)(?::(\d\d))?', clock)
    if match is None:
        fail(f'the timer shows “{clock}”, not a duration')
    return int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3] or 0)


def start_timer_in_gui(app, focus):
    window = a11y.toplevel(app, 'Daftar')
    a11y.press(window, 'push button', 'Start Timer', timeout=POLL_SECONDS)
    # The popover lists the projects; its first row takes the focus. The list is
    # a one-column grid view (recycled rows): each row is a named table cell.
    a11y.wait_for('the timer’s project list', lambda: focus.role() == 'table cell', POLL_SECONDS)
    a11y.arrow_down_to(focus, lambda f: f.name() == PROJECT, f'“{PROJECT}” of the timer')
    a11y.key(a11y.KEY_RETURN)


def check_after_kill(db, project_id, start):
    with read_only(db) as conn:
        integrity = conn.execute('PRAGMA integrity_check').fetchall()
        if integrity != [('ok',)]:
            fail(f'integrity_check after SIGKILL: {integrity}')
        foreign = conn.execute('PRAGMA foreign_key_check').fetchall()
        if foreign:
            fail(f'foreign_key_check after SIGKILL: {foreign}')
        timer = conn.execute('SELECT project_id, start_utc FROM timer').fetchall()
        if timer != [(project_id, start)]:
            fail(f'after SIGKILL the timer is {timer}, not {[(project_id, start)]}')
        sessions = conn.execute('SELECT count(*) FROM sessions').fetchone()[0]
        if sessions != 0:
            fail(f'{sessions} sessions appeared while the timer ran')


def check_session(db, project_id, start):
    with read_only(db) as conn:
        if conn.execute('SELECT count(*) FROM timer').fetchone()[0] != 0:
            fail('the timer still runs after Stop')
        sessions = conn.execute('SELECT project_id, start_utc, actual_seconds FROM sessions').fetchall()
    if len(sessions) != 1:
        fail(f'expected one session, found {sessions}')
    pid, session_start, seconds = sessions[0]
    if pid != project_id or session_start != start:
        fail(f'the session {sessions[0]} is not the timer’s ({project_id}, {start})')
    if not BEFORE_RELAUNCH <= seconds <= 3600:
        fail(f'the session lasts {seconds} s')


def main():
    if len(sys.argv) != 3:
        print(f'usage: {sys.argv[0]} PATH/TO/daftar PATH/TO/daftar-cli', file=sys.stderr)
        return 2
    app_path = os.path.abspath(sys.argv[1])
    cli = os.path.abspath(sys.argv[2])

    if importlib.util.find_spec('gi') is None or importlib.util.find_spec('pyatspi') is None:
        a11y.skip('pyatspi is not importable (apt install python3-pyatspi gir1.2-atspi-2.0)')
    if not os.environ.get('DISPLAY'):
        a11y.skip('no X display (build-aux/run-tests.sh provides one)')
    if not os.environ.get(a11y.PRIVATE_BUS):
        reexec_on_private_bus()

    a11y.pin_a11y_bus()
    a11y.import_pyatspi()

    tmp = tempfile.mkdtemp(prefix='daftar-timer-crash-')
    db = os.path.join(tmp, 'daftar.db')
    env = dict(os.environ,
               GTK_A11Y='atspi',
               DAFTAR_DB=db,
               GSETTINGS_BACKEND='memory',
               GSK_RENDERER='cairo',
               HOME=tmp,
               XDG_DATA_HOME=os.path.join(tmp, 'data'),
               XDG_CONFIG_HOME=os.path.join(tmp, 'config'))
    env.pop('NO_AT_BRIDGE', None)

    run_cli(cli, db, 'project', 'add', PROJECT, '--platform', 'upwork', '--category', 'writing',
            '--pricing', 'hourly', '--currency', 'USD', '--rate', '20')
    with read_only(db) as conn:
        project_id = conn.execute('SELECT id FROM projects WHERE name = ?', (PROJECT,)).fetchone()[0]

    focus = a11y.Focus()
    a11y.pyatspi.Registry.getDesktop(0).childCount

    procs = []
    logs = []
    ok = False

    def launch(n):
        log_path = os.path.join(tmp, f'app-{n}.log')
        log = open(log_path, 'w')
        logs.append(log_path)
        proc = subprocess.Popen([app_path], env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        procs.append(proc)
        return proc, a11y.find_app(proc)

    try:
        # 1. The timer, started through the app
        proc, app = launch(1)
        start_timer_in_gui(app, focus)

        def running():
            status = timer_status(cli, db)
            return status if status.get('running') else None
        status = a11y.wait_for('daftar-cli to see the timer', running, POLL_SECONDS)
        if status['project'] != PROJECT or status['project_id'] != project_id:
            fail(f'the timer runs for {status}, not “{PROJECT}”')
        start = status['start_utc']
        a11y.wait_find(a11y.toplevel(app, 'Daftar'), 'push button', STOP_NAME, POLL_SECONDS)
        print(f'ok 1 - the timer started through the app at {start}')

        # 2. SIGKILL: no handler, no shutdown, no checkpoint
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=POLL_SECONDS)
        if proc.returncode != -signal.SIGKILL:
            fail(f'the app ended with {proc.returncode}, not SIGKILL')
        check_after_kill(db, project_id, start)
        print(f'ok 2 - after SIGKILL the ledger is sound and holds the timer '
              f'(write-ahead log left: {os.path.exists(db + "-wal")})')

        # 3. The second run shows the timer, counted from the stored start
        a11y.wait_for(f'{BEFORE_RELAUNCH} s on the timer', lambda: time.time() >= start + BEFORE_RELAUNCH,
                      BEFORE_RELAUNCH + 5)
        proc, app = launch(2)
        window = a11y.toplevel(app, 'Daftar', POLL_SECONDS)
        stop = a11y.wait_find(window, 'push button', STOP_NAME, POLL_SECONDS)

        def shown_right():
            # The button names the project, then counts the time.
            labels = [t for t in a11y.labels_in(stop) if t]
            if len(labels) != 2 or labels[0] != PROJECT:
                return None
            return abs(seconds_of(labels[1]) - (time.time() - start)) <= 3
        a11y.wait_for('the header bar to count from the stored start', shown_right, POLL_SECONDS)
        print('ok 3 - the second run shows the timer for the project, from its start')

        # 4. Stopped through the app: a session of the project
        a11y.do_action(stop)
        dialog = a11y.toplevel(app, 'Save Session', POLL_SECONDS)
        a11y.press(dialog, 'push button', 'Save')
        a11y.wait_closed(app, 'Save Session')
        a11y.wait_find(window, 'push button', 'Start Timer', POLL_SECONDS)
        check_session(db, project_id, start)
        print('ok 4 - stopping it made a session of the project from the timer’s start')

        try:
            a11y.do_action(window, 'window.close')
        except a11y.GLib.Error:
            pass   # the app may quit before it answers
        proc.wait(timeout=POLL_SECONDS)
        with read_only(db) as conn:
            if conn.execute('PRAGMA integrity_check').fetchall() != [('ok',)]:
                fail('integrity_check after the second run')
        print('1..4')
        ok = True
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if not ok:
            for path in logs:
                with open(path) as f:
                    sys.stderr.write(f'--- {os.path.basename(path)} ---\n' + f.read())
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
