#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the app store needs from the metainfo beyond what appstreamcli checks:
# at least three screenshots, each with a caption and a Persian and an Arabic
# image, each image in data/screenshots/ at the size it declares and within the
# store's 1000×700; content rating; light and dark branding; and a release for
# this version that NEWS describes too.
#
#   test-metainfo.py METAINFO SOURCE_ROOT VERSION

import os
import struct
import sys
import xml.etree.ElementTree as ET

LANG = '{http://www.w3.org/XML/1998/namespace}lang'
metainfo, root_dir, version = sys.argv[1:4]
failures = []
component = ET.parse(metainfo).getroot()


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if head[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    return struct.unpack('>II', head[16:24])


shots = component.findall('screenshots/screenshot')
if len(shots) < 3:
    failures.append(f'{len(shots)} screenshots; the store wants at least 3')
for shot in shots:
    if not [c for c in shot.findall('caption') if c.get(LANG) is None]:
        failures.append('a screenshot without a caption')
    langs = set()
    for image in shot.findall('image'):
        langs.add(image.get(LANG))
        url = image.text.strip()
        if f'/v{version}/' not in url:
            failures.append(f'{url}: not at the tag of this version, v{version}')
        local = os.path.join(root_dir, 'data', 'screenshots', os.path.basename(url))
        try:
            width, height = png_size(local)
        except (OSError, ValueError) as e:
            failures.append(f'{local}: {e}')
            continue
        if (width, height) != (int(image.get('width')), int(image.get('height'))):
            failures.append(f'{local} is {width}×{height}, the metainfo says otherwise')
        if width > 1000 or height > 700:
            failures.append(f'{local} is {width}×{height}, over 1000×700')
    for lang in (None, 'fa', 'ar'):
        if lang not in langs:
            failures.append(f'a screenshot without an image for {lang or "English"}')

rating = component.find('content_rating')
if rating is None or rating.get('type') != 'oars-1.1':
    failures.append('no OARS 1.1 content rating')
schemes = {c.get('scheme_preference') for c in component.findall('branding/color')}
if schemes != {'light', 'dark'}:
    failures.append('branding needs a light and a dark colour')
releases = [r.get('version') for r in component.findall('releases/release')]
if not releases or releases[0] != version:
    failures.append(f'the newest release is {releases[:1]}, the build is {version}')
with open(os.path.join(root_dir, 'NEWS'), encoding='utf-8') as f:
    news = f.read()
for release in releases:
    if f'\n{release} (' not in news:
        failures.append(f'NEWS has no entry for {release}')

if failures:
    print('\n'.join(failures))
    sys.exit(1)
print(f'{len(shots)} screenshots, {len(releases)} releases checked')
