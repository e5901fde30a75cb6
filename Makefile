# Sales Team Advisor. `make run` starts the app, `make test` runs every check.
# Both install the Debian packages they need on a fresh machine (as root, or
# with sudo).

SHELL := /bin/bash
export LANG := en_US.UTF-8
export LC_ALL :=
GO ?= go
GOBIN := $(shell $(GO) env GOPATH)/bin
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# What building the GUI needs (cgo, OpenGL, X11 headers).
BUILD_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev
# What the tests need besides: LibreOffice recalculates the exported workbook.
TEST_PACKAGES := $(BUILD_PACKAGES) libreoffice-calc-nogui fonts-dejavu-core
# What looking at the app needs: a virtual display, screenshots, PDF pages.
# Carlito has Calibri's metrics, so that LibreOffice prints the workbook as Excel does.
SHOT_PACKAGES := $(BUILD_PACKAGES) xvfb imagemagick xdotool x11-utils libreoffice-calc-nogui poppler-utils fonts-dejavu-core fonts-crosextra-carlito

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
FYNE_TOOL := fyne.io/tools/cmd/fyne@v1.7.4
GREMLINS := github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0

.PHONY: run test bench lint build cli package screenshots workbook-images startup-bench mutation deps-build deps-test deps-shots tools fmt-check

run: deps-build
	$(GO) run ./cmd/salesteam

test: deps-test tools fmt-check
	$(GO) vet -tags ci ./...
	SALESTEAM_REQUIRE_SOFFICE=1 $(GO) test -tags ci -race -count=1 ./...
	$(GOBIN)/staticcheck -tags ci ./...
	$(GO) build -o /dev/null ./cmd/salesteam
	CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/salesteam-cli
	@echo "make test: all checks passed"

bench:
	$(GO) test -tags ci -run '^$$' -bench . -benchmem ./...

lint: tools fmt-check
	$(GO) vet -tags ci ./...
	$(GOBIN)/staticcheck -tags ci ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

build: deps-build
	$(GO) build -o salesteam ./cmd/salesteam
	CGO_ENABLED=0 $(GO) build -o salesteam-cli ./cmd/salesteam-cli

cli:
	CGO_ENABLED=0 $(GO) build -o salesteam-cli ./cmd/salesteam-cli

# fyne package bumps Build in FyneApp.toml and rewrites it; keep the tree clean
# and give the archive a name without spaces.
package: build
	@[ -x $(GOBIN)/fyne ] || $(GO) install $(FYNE_TOOL)
	cp FyneApp.toml .FyneApp.toml.orig
	$(GOBIN)/fyne package --target linux --executable salesteam; status=$$?; mv .FyneApp.toml.orig FyneApp.toml; exit $$status
	mv "Sales Team Advisor.tar.xz" salesteam-linux-amd64.tar.xz
	@tar -tJf salesteam-linux-amd64.tar.xz

# Mutation testing of the domain: which rules no test pins. About 10 minutes
# on two cores; not part of make test. The report lists the mutants that
# lived, each a missing test.
mutation:
	@[ -x $(GOBIN)/gremlins ] || $(GO) install $(GREMLINS)
	$(GOBIN)/gremlins unleash --exclude-files '_test\.go$$' --exclude-files 'advisor/xlsx/' --timeout-coefficient 3 -S lt ./advisor | tee mutation.txt

screenshots: deps-shots build
	./.ci/screenshots.sh

workbook-images: deps-shots cli
	./.ci/workbook-images.sh

startup-bench: deps-shots build
	./.ci/startup-bench.sh

deps-build:
	@./.ci/apt-install.sh $(BUILD_PACKAGES)

deps-test:
	@./.ci/apt-install.sh $(TEST_PACKAGES)

deps-shots:
	@./.ci/apt-install.sh $(SHOT_PACKAGES)

tools:
	@[ -x $(GOBIN)/staticcheck ] || $(GO) install $(STATICCHECK)
