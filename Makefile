# CarePost. The work is done by the scripts in scripts/; see `make help`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Go in its standard place, and what `go install` puts in GOPATH/bin, are
# usable even when they are not on the caller's PATH.
export PATH := $(PATH):/usr/local/go/bin:$(HOME)/go/bin

# SQLite's full-text search (the inbox's search) is compiled in only under
# this build tag; every go command here and in scripts/ uses it.
export GOFLAGS := $(strip $(filter-out -tags=sqlite_fts5,$(GOFLAGS)) -tags=sqlite_fts5)

# make run DATA_DIR=/some/folder  passes --data-dir to the app.
DATA_DIR ?=
RUN_ARGS := $(if $(DATA_DIR),--data-dir "$(DATA_DIR)")

.PHONY: help run build test windows package vet clean screenshot bench

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

run: ## run the app (DATA_DIR=... picks the data folder)
	scripts/deps.sh run
	go run ./cmd/carepost $(RUN_ARGS)

build: ## build bin/carepost
	scripts/deps.sh build
	go build -o bin/carepost ./cmd/carepost

test: ## everything CI checks (FULL=1 adds package and windows)
	scripts/test.sh

windows: ## cross-build bin/carepost.exe and bin/carepost-cli.exe (MinGW-w64)
	scripts/windows.sh

package: ## dist/CarePost.tar.xz via fyne package, work tree untouched
	scripts/package.sh

vet: ## go vet ./...
	go vet ./...

clean: ## remove build output
	rm -rf bin dist

screenshot: ## run the app under Xvfb at 1280x800 and 1024x640, save docs/screenshot.png and docs/screenshot-1024.png
	scripts/screenshot.sh docs/screenshot.png 1280x800
	scripts/screenshot.sh docs/screenshot-1024.png 1024x640

bench: ## time start-up: bare window, 1 draft, 10,000 drafts (RUNS=N)
	scripts/bench.sh
