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

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

deps:
	@build-aux/install-deps.sh

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) $(MESON_ARGS)

clean:
	rm -rf $(BUILDDIR)
