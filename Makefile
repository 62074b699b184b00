# Two commands do everything; both install what is missing first (see scripts/setup.sh).
.PHONY: run test build screenshots size clean

## Build the release bundle and serve it on http://127.0.0.1:8080
run:
	bash scripts/run.sh

## Run every check CI runs: fmt, clippy, native tests, browser tests, end-to-end tests
test:
	bash scripts/test.sh

## Only build the release bundle into dist/
build:
	bash scripts/setup.sh build
	bash scripts/build.sh

## Screenshots of the main screens into target/screenshots/ (after `make build`)
screenshots:
	node scripts/screenshots.mjs

## Transfer size of dist/ (after `make build`)
size:
	bash scripts/size.sh

clean:
	rm -rf dist pkg target
