#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Translations: POTFILES.in lists every file with translatable strings, each
# catalog passes msgfmt --check, and has no untranslated or fuzzy entries
# against a template generated fresh from the sources.
set -eu
top="$1"
cd "$top"
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Files that mark strings but are missing from POTFILES.in
grep -rlE '(^|[^A-Za-z_])(N?_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(|translatable="yes"' \
  src data --include='*.c' --include='*.ui' --include='*.in' | sort > "$tmp/marked"
grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$tmp/listed"
missing=$(comm -23 "$tmp/marked" "$tmp/listed")
if [ -n "$missing" ]; then
  echo "Missing from po/POTFILES.in:"; echo "$missing"; status=1
fi
for f in $(cat "$tmp/listed"); do
  [ -f "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done

xgettext --from-code=UTF-8 --package-name=daftar -o "$tmp/daftar.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --add-comments=Translators \
  --files-from=po/POTFILES.in 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }

for lang in $(cat po/LINGUAS); do
  po="po/$lang.po"
  if ! msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/msgfmt.log"; then
    echo "$po fails msgfmt --check:"; cat "$tmp/msgfmt.log"; status=1
  fi
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/daftar.pot"
  untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when it prints anything
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
    echo "$po: $untranslated untranslated, $fuzzy fuzzy against the sources:"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | head -20
    status=1
  fi
done

# msgcat joins the header lines that tools wrap
msgcat --no-wrap po/ar.po | grep -q 'nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;' \
  || { echo "po/ar.po: wrong Plural-Forms"; status=1; }
msgcat --no-wrap po/fa.po | grep -q 'nplurals=2; plural=(n > 1);' \
  || { echo "po/fa.po: wrong Plural-Forms"; status=1; }

[ $status -eq 0 ] && echo "translations complete"
exit $status
