#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Flatpak manifests: flatpak-builder parses them (unknown keys are fatal), they
# target a GNOME runtime that is still supported, the development manifest builds
# the .Devel app id, and every permission says why it is there.
#
#   test-flatpak.py FLATPAK_BUILDER MANIFEST…

import json
import os
import re
import subprocess
import sys
import tempfile

OLDEST_SUPPORTED_RUNTIME = 50

builder = sys.argv[1]
failures = []

for path in sys.argv[2:]:
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as work:
        shown = subprocess.run([builder, '--show-manifest', os.path.abspath(path)],
                               cwd=work, capture_output=True, text=True,
                               env=dict(os.environ, G_DEBUG='fatal-warnings'))
    if shown.returncode != 0:
        failures.append(f'{name}: flatpak-builder cannot parse it:\n{shown.stderr}')
        continue
    manifest = json.loads(shown.stdout)

    if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
        failures.append(f'{name}: not on the GNOME runtime')
    version = manifest.get('runtime-version', '')
    if not version.isdigit() or int(version) < OLDEST_SUPPORTED_RUNTIME:
        failures.append(f'{name}: runtime {version!r} is older than {OLDEST_SUPPORTED_RUNTIME}')

    daftar = [m for m in manifest['modules'] if isinstance(m, dict) and m.get('name') == 'daftar']
    options = daftar[0].get('config-opts', []) if daftar else []
    devel = manifest['id'].endswith('.Devel')
    if manifest['id'] not in ('io.github.daftar.Daftar', 'io.github.daftar.Daftar.Devel'):
        failures.append(f'{name}: unexpected id {manifest["id"]}')
    if devel != ('-Ddevelopment=true' in options):
        failures.append(f'{name}: the .Devel id and -Ddevelopment=true go together')
    if not name.startswith(manifest['id'] + '.'):
        failures.append(f'{name}: the file is not named after its id {manifest["id"]}')
    if '-Dnewer_api=true' not in options:
        failures.append(f'{name}: the runtime build should see the runtime\'s API (-Dnewer_api=true)')

    # Files only through portals: no filesystem access at all.
    for arg in manifest.get('finish-args', []):
        if arg.startswith('--filesystem'):
            failures.append(f'{name}: {arg}: files go through the portals')

    # Each permission follows a comment, or shares one with the permissions just above it.
    with open(path, encoding='utf-8') as f:
        text = f.read()
    block = re.search(r'"finish-args"\s*:\s*\[(.*?)\]', text, re.S).group(1)
    commented = False
    for line in block.splitlines():
        line = line.strip()
        if line.startswith('/*') or line.startswith('*'):
            commented = True
        elif line.startswith('"'):
            if not commented:
                failures.append(f'{name}: {line.rstrip(",")} has no comment saying why')
            commented = False

if failures:
    print('\n'.join(failures))
    sys.exit(1)
print(f'{len(sys.argv) - 2} manifests checked')
