# SPDX-License-Identifier: GPL-3.0-or-later
#
# A thin front over meson:
#   make run    install what is missing, build, and start Daftar
#   make test   install what is missing, build, and run every test

BUILDDIR ?= _build
MESON_ARGS ?=

.PHONY: run test build deps benchmark clean

run: build
	meson devenv -C $(BUILDDIR) daftar

test: build
	build-aux/run-tests.sh $(BUILDDIR)

benchmark: build
	meson test -C $(BUILDDIR) --benchmark --verbose

# Quality (docs/performance.md, tests/fuzz/): the core tests under valgrind,
# the libFuzzer targets (FUZZ_SECONDS each), and the benchmark figures.
FUZZ_SECONDS ?= 60
.PHONY: valgrind fuzz performance
valgrind: build
	build-aux/valgrind.sh $(BUILDDIR)

fuzz:
	build-aux/fuzz.sh $(FUZZ_SECONDS)

performance: build
	build-aux/performance.sh $(BUILDDIR)

# Every page and dialog as PNG in screenshots/, once per language in the light
# and once in the dark style (PREFIX-dark-NN-NAME.png), and the app
# store's shots (the main window at 960×640) in data/screenshots/, on a private
# Xvfb and without a session bus: the same pictures on any machine. No locale
# needs to be generated.
SCREENSHOT_LOCALES ?= en_US.UTF-8 fa_IR.UTF-8 ar_EG.UTF-8
.PHONY: screenshots
screenshots: build
	@for locale in $(SCREENSHOT_LOCALES); do \
	  lang=$${locale%%_*}; \
	  for mode in "screenshots $$lang" "--dark screenshots $$lang-dark" "--store data/screenshots $$lang"; do \
	    LANGUAGE=$$lang LANG=$$locale LC_ALL=$$locale GSK_RENDERER=cairo \
	    GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data DAFTAR_LOCALEDIR=$(BUILDDIR)/po \
	    DBUS_SESSION_BUS_ADDRESS=disabled: \
	    xvfb-run -a -s "-screen 0 1280x800x24" \
	      $(BUILDDIR)/tests/screenshot-tool $$mode || exit 1; \
	  done; \
	done

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

deps:
	@build-aux/install-deps.sh

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) $(MESON_ARGS)

clean:
	rm -rf $(BUILDDIR)
