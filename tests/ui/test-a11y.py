#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-a11y.py — drives the real Daftar through the accessibility tree alone
#
#   test-a11y.py PATH/TO/daftar
#
# The app runs on a fresh ledger with GTK_A11Y=atspi. Like a screen-reader
# user, the test finds controls by their accessible names, presses buttons
# through AT-SPI actions, types through EditableText, reads text back through
# Text, and uses the keyboard where GTK 4.8 offers no AT-SPI action: combo rows,
# check boxes, the expander row and the timer's project list. Keys go through
# the AT-SPI registry (generateKeyboardEvent) to whatever has the focus, which
# the test follows from focus events; nothing clicks at coordinates. It creates
# a project, logs a session with three AI tools, runs the timer, reads the Log
# list, and then checks the ledger with sqlite3.
#
# Needs a display (build-aux/run-tests.sh gives one) and python3-pyatspi. It
# runs in a private D-Bus session of its own, so the accessibility registry
# sees the display. Exit 77 (skipped) when something it needs is missing.

import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

SKIP = 77
PRIVATE_BUS = 'DAFTAR_A11Y_PRIVATE_BUS'

KEY_TAB = 0xff09
KEY_RETURN = 0xff0d
KEY_SPACE = 0x0020
KEY_HOME = 0xff50
KEY_DOWN = 0xff54

# The names GTK 4.8 falls back to for an accessible without a name.
TYPE_NAME = re.compile(r'^(Gtk|Adw)[A-Z][A-Za-z]+$')
# Roles a user operates; each must have a name of its own. (List items are
# left out: GTK 4.8's list views and combo rows make rows without names, and
# screen readers read their content.)
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box',
    'text', 'entry', 'password text', 'spin button', 'slider', 'switch',
    'page tab', 'menu item', 'check menu item', 'radio menu item', 'link',
}


def skip(why):
    print(f'SKIP: {why}')
    sys.exit(SKIP)


def fail(why):
    raise AssertionError(why)


# ---------------------------------------------------------------------------
# A private D-Bus session

BUS_CONFIG = '''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
'''


def find_a11y_bus_service():
    dirs = os.environ.get('XDG_DATA_DIRS', '/usr/local/share:/usr/share').split(':')
    for d in dirs + ['/usr/share']:
        path = os.path.join(d, 'dbus-1', 'services', 'org.a11y.Bus.service')
        if os.path.exists(path):
            return path
    return None


def reexec_on_private_bus():
    """Runs this script again in a D-Bus session that only knows the
    accessibility bus. The session's daemon inherits DISPLAY, so the registry
    it starts can synthesise keys; no portal or other service gets started."""
    service = find_a11y_bus_service()
    if service is None:
        skip('at-spi2-core is not installed (no org.a11y.Bus service)')
    if shutil.which('dbus-run-session') is None:
        skip('dbus-run-session is not installed')

    tmp = tempfile.mkdtemp(prefix='daftar-a11y-bus-')
    services = os.path.join(tmp, 'services')
    os.mkdir(services)
    with open(service) as f:
        # Exec only: there is no systemd user manager behind this bus.
        lines = [l for l in f if not l.startswith('SystemdService=')]
    with open(os.path.join(services, 'org.a11y.Bus.service'), 'w') as f:
        f.writelines(lines)
    config = os.path.join(tmp, 'session.conf')
    with open(config, 'w') as f:
        f.write(BUS_CONFIG.format(tmp=tmp, services=services))

    env = dict(os.environ, **{PRIVATE_BUS: tmp})
    env.pop('DBUS_SESSION_BUS_ADDRESS', None)
    env.pop('AT_SPI_BUS_ADDRESS', None)
    try:
        result = subprocess.run(['dbus-run-session', f'--config-file={config}', '--',
                                 sys.executable, os.path.abspath(__file__)] + sys.argv[1:],
                                env=env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(result.returncode)


# ---------------------------------------------------------------------------
# Reading the tree

def pin_a11y_bus():
    """Points this client and the app at the accessibility bus of our private
    session. Without it libatspi takes the bus the display's AT_SPI_BUS property
    names, which an earlier test's portal may have set to the outer session's
    bus, while the app asks its own session: the two never meet."""
    from gi.repository import Gio
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress',
                          None, None, Gio.DBusCallFlags.NONE, 10000, None)
    os.environ['AT_SPI_BUS_ADDRESS'] = reply.unpack()[0]


def import_pyatspi():
    global pyatspi, GLib
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import GLib
    import pyatspi


def pump(seconds=0.0):
    """Lets AT-SPI events in, for at most @seconds."""
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while True:
        while context.iteration(False):
            pass
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def wait_for(what, predicate, timeout=10.0):
    end = time.monotonic() + timeout
    while True:
        try:
            result = predicate()
        except AssertionError:
            raise
        except Exception:   # an accessible can go away while we look
            result = None
        if result:
            return result
        if time.monotonic() >= end:
            fail(f'timed out waiting for {what}')
        pump(0.05)


def children(acc):
    try:
        n = acc.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield child


def on_screen(acc):
    """GTK 4.8 marks every visible widget VISIBLE, mapped or not (a page the
    stack doesn't show, say); an unmapped one has no size."""
    try:
        extents = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return False
    return extents.width > 0 and extents.height > 0


def walk(acc):
    yield acc
    for child in children(acc):
        yield from walk(child)


def role(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return ''


def find_all(root, role_name=None, name=None, visible=True):
    for acc in walk(root):
        if role_name is not None and role(acc) != role_name:
            continue
        if name is not None and not (name(acc.name) if callable(name) else acc.name == name):
            continue
        if visible and not on_screen(acc):
            continue
        yield acc


def find(root, role_name=None, name=None, visible=True):
    return next(find_all(root, role_name, name, visible), None)


def wait_find(root, role_name, name, timeout=10.0, visible=True):
    return wait_for(f'{role_name} “{name}”', lambda: find(root, role_name, name, visible), timeout)


def text_of(acc):
    text = acc.queryText()
    # GTK 4.8 answers getText (0, -1) with nothing.
    return text.getText(0, text.characterCount)


def state(acc, s):
    try:
        return acc.getState().contains(s)
    except Exception:
        return False


def action_names(acc):
    try:
        action = acc.queryAction()
    except Exception:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def do_action(acc, name='click'):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            if not action.doAction(i):
                fail(f'“{acc.name}”: the {name} action failed')
            return
    fail(f'“{acc.name}” ({role(acc)}) has no {name} action: {action_names(acc)}')


def press(root, role_name, name, timeout=10.0):
    button = wait_for(f'a sensitive {role_name} “{name}”',
                      lambda: next((b for b in find_all(root, role_name, name)
                                    if state(b, pyatspi.STATE_SENSITIVE)
                                    and 'click' in action_names(b)), None),
                      timeout)
    do_action(button)


def set_text(root, name, value):
    field = wait_find(root, 'text', name)
    if not field.queryEditableText().setTextContents(value):
        fail(f'could not type into “{name}”')
    wait_for(f'“{name}” to read “{value}”', lambda: text_of(field) == value)


def toplevel(app, name, timeout=10.0):
    return wait_for(f'the window “{name}”',
                    lambda: next((w for w in children(app) if w.name == name), None), timeout)


def wait_closed(app, name, timeout=10.0):
    # While a window is torn down, GTK 4.8 can answer a walk of the app's
    # children with a children-changed event that has no child (a GLib-CRITICAL
    # about g_variant_new_object_path in its log), after which the client no
    # longer sees the app at all. Let the teardown finish before asking.
    pump(0.5)
    wait_for(f'“{name}” to close',
             lambda: all(w.name != name for w in children(app)), timeout)


def audit_names(root, where):
    """Every control on screen has a name of its own, not a type name."""
    nameless = []
    for acc in find_all(root, visible=True):
        if role(acc) not in CONTROL_ROLES:
            continue
        if not acc.name or TYPE_NAME.match(acc.name):
            nameless.append(f'{role(acc)} “{acc.name}”')
    if nameless:
        fail(f'{where}: controls without an accessible name: {", ".join(nameless)}')


# ---------------------------------------------------------------------------
# The keyboard, where GTK 4.8 has no AT-SPI action

class Focus:
    """Follows focus the way a screen reader does: from focus events."""

    def __init__(self):
        self.current = None
        pyatspi.Registry.registerEventListener(self._changed, 'object:state-changed:focused')

    def _changed(self, event):
        if event.detail1:
            self.current = event.source

    def name(self):
        try:
            return self.current.name if self.current is not None else None
        except Exception:
            return None

    def role(self):
        return role(self.current) if self.current is not None else None


def key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def labels_in(acc):
    out = []
    for a in walk(acc):
        if role(a) == 'label':
            try:
                out.append(text_of(a))
            except Exception:
                pass
    return out


def tab_to(focus, role_name, name, limit=40):
    """Tabs until the control is focused, as a user does listening to each."""
    for _ in range(limit):
        if focus.role() == role_name and focus.name() == name:
            return focus.current
        before = focus.current
        key(KEY_TAB)
        # GTK 4.8 reports no focus event for the text inside an entry row.
        end = time.monotonic() + 0.5
        while focus.current is before and time.monotonic() < end:
            pump(0.02)
    fail(f'Tab never reached the {role_name} “{name}” (last: {focus.role()} “{focus.name()}”)')


def arrow_down_to(focus, found, what):
    """Goes down a list with the arrow key until found (focus) holds; the
    focus stays put at the end of the list."""
    while not found(focus):
        before = focus.current
        key(KEY_DOWN)
        end = time.monotonic() + 1.5
        while focus.current is before and time.monotonic() < end:
            pump(0.02)
        if focus.current is before:
            fail(f'{what} is not in the list (last: {focus.role()} “{focus.name()}”)')


def choose_in_combo(focus, dialog, name, choice):
    combo = tab_to(focus, 'combo box', name)
    key(KEY_SPACE)
    wait_for(f'the list of “{name}” to open', lambda: focus.role() == 'list item')
    key(KEY_HOME)
    arrow_down_to(focus, lambda f: choice in labels_in(f.current), f'“{choice}” of “{name}”')
    key(KEY_RETURN)
    wait_for(f'“{name}” to close its list', lambda: focus.role() == 'combo box')

    # The row shows the choice; its list is a popover of its own, not in the row.
    def shown():
        return choice in labels_in(combo)
    wait_for(f'“{name}” to show “{choice}”', shown)


def tick(focus, name):
    check = tab_to(focus, 'check box', name)
    if state(check, pyatspi.STATE_CHECKED):
        fail(f'“{name}” was already ticked')
    key(KEY_SPACE)
    wait_for(f'“{name}” to be ticked', lambda: state(check, pyatspi.STATE_CHECKED))


# ---------------------------------------------------------------------------
# The test

PROJECT = 'Atelier Nour logo'
CLIENT = 'Atelier Nour'


def find_app(proc, timeout=30.0):
    def look():
        if proc.poll() is not None:
            fail(f'Daftar exited with status {proc.returncode} before it showed up')
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app.name == 'daftar' and app.get_process_id() == proc.pid:
                    return app
            except Exception:
                pass
        return None
    return wait_for('Daftar on the accessibility bus', look, timeout)


def create_project(app, focus):
    window = toplevel(app, 'Daftar')
    # A new ledger's Log page offers the first step by name.
    press(window, 'push button', 'New Project', timeout=20.0)
    dialog = toplevel(app, 'New Project')
    audit_names(dialog, 'New Project dialog')

    save = wait_find(dialog, 'push button', 'Save')
    if state(save, pyatspi.STATE_SENSITIVE):
        fail('Save is enabled on an empty project')

    choose_in_combo(focus, dialog, 'Platform', 'Fiverr')
    choose_in_combo(focus, dialog, 'Category', 'Graphic design')
    choose_in_combo(focus, dialog, 'Pricing', 'Hourly')
    set_text(dialog, 'Name', PROJECT)
    set_text(dialog, 'Client', CLIENT)
    set_text(dialog, 'Currency', 'EUR')
    set_text(dialog, 'Hourly Rate', '35.50')

    press(dialog, 'push button', 'Save')
    wait_closed(app, 'New Project')


def log_session(app, focus):
    window = toplevel(app, 'Daftar')
    press(window, 'push button', 'Log Session')
    dialog = toplevel(app, 'Log Session')
    audit_names(dialog, 'Log Session dialog')

    project = wait_find(dialog, 'combo box', 'Project')
    wait_for('the Project row to show the new project',
             lambda: PROJECT in labels_in(project))
    set_text(dialog, 'Date', '2025-03-21')
    set_text(dialog, 'Start Time', '09:30')
    set_text(dialog, 'Duration', '1:30')
    set_text(dialog, 'Paid Time', '1:15')
    note = wait_find(dialog, 'text', 'Note')
    note.queryEditableText().insertText(0, 'Logo concepts, three directions', -1)
    wait_for('the note', lambda: text_of(note) == 'Logo concepts, three directions')

    # Open the AI tools, then tick two of them.
    tab_to(focus, 'list item', 'AI Tools Used')
    key(KEY_SPACE)
    tick(focus, 'ChatGPT')
    # The arrows move from tool to tool, each check box named: Down reaches Claude.
    arrow_down_to(focus, lambda f: f.role() == 'check box' and f.name() == 'Claude',
                  '“Claude” below ChatGPT')
    claude = focus.current
    if state(claude, pyatspi.STATE_CHECKED):
        fail('“Claude” was already ticked')
    key(KEY_SPACE)
    wait_for('“Claude” to be ticked', lambda: state(claude, pyatspi.STATE_CHECKED))
    # The catalog is a searchable list too: Tab back to its search, type, Tab to the match.
    search = tab_to(focus, 'entry', 'Search AI Tools')
    if not search.queryEditableText().setTextContents('midj'):
        fail('could not type into “Search AI Tools”')
    tick(focus, 'Midjourney')

    press(dialog, 'push button', 'Save')
    wait_closed(app, 'Log Session')


def run_timer(app, focus, db):
    window = toplevel(app, 'Daftar')
    audit_names(window, 'main window')
    press(window, 'push button', 'Start Timer')
    # The popover lists the projects; its first row takes the focus.
    wait_for('the timer’s project list', lambda: focus.role() == 'list item')
    arrow_down_to(focus, lambda f: f.name() == PROJECT, f'“{PROJECT}” of the timer')
    key(KEY_RETURN)

    def timer_start():
        with sqlite3.connect(f'file:{db}?mode=ro', uri=True) as conn:
            row = conn.execute('SELECT start_utc FROM timer').fetchone()
        return row[0] if row else None
    start = wait_for('the timer to start in the ledger', timer_start)

    stop = wait_find(window, 'push button', lambda n: n.startswith('Stop the timer for'))
    if PROJECT not in stop.name:
        fail(f'the stop button doesn’t name the project: “{stop.name}”')
    # A session lasts at least a second.
    wait_for('a second to pass', lambda: time.time() >= start + 2, 5.0)
    do_action(stop)

    # Stopping opens the new session, for its AI tools and paid time.
    dialog = toplevel(app, 'Save Session')
    audit_names(dialog, 'Save Session dialog')
    duration = wait_find(dialog, 'text', 'Duration')
    if not text_of(duration):
        fail('the timer’s session has no duration')
    press(dialog, 'push button', 'Save')
    wait_closed(app, 'Save Session')
    wait_find(window, 'push button', 'Start Timer')


def check_log_list(app):
    window = toplevel(app, 'Daftar')
    work = wait_find(window, 'list', 'Work sessions')

    def rows():
        out = []
        for item in children(work):
            for row in children(item):
                out.append(row.name)
        return out

    logged = (f'{PROJECT}, 09:30 – 11:00, 1:30 worked, paid 1:15, '
              'tools: ChatGPT, Claude, Midjourney')
    wait_for(f'the Log to read “{logged}”', lambda: logged in rows())
    wait_for('the Log to show the day of the session',
             lambda: any(r.startswith('Friday, March 21, 2025') for r in rows()))
    wait_for('the Log to show the timer’s session',
             lambda: any(r.startswith(f'{PROJECT}, ') and r.endswith('tools: none')
                         for r in rows()))


def check_guidance(app):
    window = toplevel(app, 'Daftar')
    press(window, 'page tab', 'Guidance')
    # The project is in euros, the market figures in dollars: a card asks for a
    # rate, with a button to the rates, and goes once there is one.
    press(window, 'push button', 'Exchange Rates…', timeout=20.0)
    dialog = toplevel(app, 'Exchange Rates')
    audit_names(dialog, 'Exchange Rates dialog')
    set_text(dialog, 'From Currency', 'USD')
    set_text(dialog, 'To Currency', 'EUR')
    set_text(dialog, 'Rate', '0.92')
    press(dialog, 'push button', 'Add Rate')
    # Once stored, the rate field is emptied for the next one.
    rate = wait_find(dialog, 'text', 'Rate')
    wait_for('the rate to be stored', lambda: text_of(rate) == '')
    do_action(dialog, 'window.close')
    wait_closed(app, 'Exchange Rates')
    wait_for('the card asking for a rate to go',
             lambda: find(window, 'push button', 'Exchange Rates…') is None, timeout=20.0)

    # Each card's buttons and its details say which card they are about.
    prefix = 'Dismiss \u201c'
    dismiss = wait_find(window, 'push button', lambda n: n.startswith(prefix), timeout=20.0)
    audit_names(window, 'Guidance page')
    name = dismiss.name
    title = name[len(prefix):-1]
    wait_find(window, 'push button', f'Mark \u201c{title}\u201d as done')
    wait_find(window, 'push button', f'Details of \u201c{title}\u201d')

    # The only card goes; the toast offers to take it back.
    do_action(dismiss)
    wait_find(window, 'push button', 'Show Hidden Cards')
    press(window, 'push button', lambda n: 'Undo' in n)
    wait_find(window, 'push button', name)


def check_ledger(db):
    with sqlite3.connect(f'file:{db}?mode=ro', uri=True) as conn:
        projects = conn.execute(
            'SELECT p.id, p.name, c.name, pl.key, p.category, p.pricing, p.currency, p.rate_minor '
            'FROM projects p JOIN platforms pl ON pl.id = p.platform_id '
            'LEFT JOIN clients c ON c.id = p.client_id').fetchall()
        if len(projects) != 1:
            fail(f'expected one project, found {projects}')
        pid = projects[0][0]
        expected = (PROJECT, CLIENT, 'fiverr', 'graphic-design', 'hourly', 'EUR', 3550)
        if projects[0][1:] != expected:
            fail(f'project row {projects[0][1:]} != {expected}')

        sessions = conn.execute(
            'SELECT id, project_id, start_utc, utc_offset, actual_seconds, paid_seconds, note '
            'FROM sessions ORDER BY start_utc').fetchall()
        if len(sessions) != 2:
            fail(f'expected two sessions, found {sessions}')
        logged, timed = sessions
        # 2025-03-21 09:30 in TZ=UTC
        if logged[1:] != (pid, 1742549400, 0, 5400, 4500, 'Logo concepts, three directions'):
            fail(f'logged session {logged}')
        tools = [r[0] for r in conn.execute(
            'SELECT t.name FROM session_tools st JOIN tools t ON t.id = st.tool_id '
            'WHERE st.session_id = ? ORDER BY t.name', (logged[0],))]
        if tools != ['ChatGPT', 'Claude', 'Midjourney']:
            fail(f'session tools {tools}')

        if timed[1] != pid or not 1 <= timed[4] <= 120 or timed[5] != timed[4]:
            fail(f'timer session {timed}')
        if conn.execute('SELECT count(*) FROM timer').fetchone()[0] != 0:
            fail('the timer still runs')


def main():
    if len(sys.argv) != 2:
        print(f'usage: {sys.argv[0]} PATH/TO/daftar', file=sys.stderr)
        return 2
    app_path = os.path.abspath(sys.argv[1])

    if importlib.util.find_spec('gi') is None or importlib.util.find_spec('pyatspi') is None:
        skip('pyatspi is not importable (apt install python3-pyatspi gir1.2-atspi-2.0)')
    if not os.environ.get('DISPLAY'):
        skip('no X display (build-aux/run-tests.sh provides one)')
    if not os.environ.get(PRIVATE_BUS):
        reexec_on_private_bus()

    pin_a11y_bus()
    import_pyatspi()

    tmp = tempfile.mkdtemp(prefix='daftar-a11y-')
    db = os.path.join(tmp, 'daftar.db')
    log_path = os.path.join(tmp, 'app.log')
    env = dict(os.environ,
               GTK_A11Y='atspi',
               DAFTAR_DB=db,
               GSETTINGS_BACKEND='memory',
               GSK_RENDERER='cairo',
               XDG_DATA_HOME=os.path.join(tmp, 'data'),
               XDG_CONFIG_HOME=os.path.join(tmp, 'config'))
    env.pop('NO_AT_BRIDGE', None)

    # Start the accessibility bus and its registry before the app.
    focus = Focus()
    pyatspi.Registry.getDesktop(0).childCount

    log = open(log_path, 'w')
    proc = subprocess.Popen([app_path], env=env, stdout=log, stderr=subprocess.STDOUT)
    ok = False
    try:
        app = find_app(proc)
        print('# found Daftar on the accessibility bus')
        create_project(app, focus)
        print('ok 1 - created a project through the tree')
        log_session(app, focus)
        print('ok 2 - logged a session with three AI tools')
        run_timer(app, focus, db)
        print('ok 3 - started and stopped the timer')
        check_log_list(app)
        print('ok 4 - the Log list reads the sessions')
        check_guidance(app)
        print('ok 5 - the Guidance page names its buttons; a card dismissed comes back with Undo')

        window = toplevel(app, 'Daftar')
        try:
            do_action(window, 'window.close')
        except GLib.Error:
            pass   # the app may quit before it answers
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            fail('Daftar did not quit when its window closed')
        check_ledger(db)
        print('ok 6 - the ledger holds the project, the sessions and their tools')
        ok = True
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()
        if not ok:
            with open(log_path) as f:
                sys.stderr.write('--- Daftar’s output ---\n' + f.read())
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
