#!/usr/bin/env bash
# Set up everything zhibiao needs, idempotently: a virtual environment with the
# package and its pinned dependency ranges, and — for the tests — Debian's
# chromium and CJK fonts for the end-to-end browser tests.
#   scripts/setup.sh          the app
#   scripts/setup.sh test     the app + test tools + chromium + fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:-app}"
PY="${PYTHON:-python3}"

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=".venv/.zhibiao-$want"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    if [ "$want" = test ]; then
        .venv/bin/python -m pip install --quiet -e ".[test]"
    else
        .venv/bin/python -m pip install --quiet -e .
    fi
    touch "$stamp"
fi

if [ "$want" = test ]; then
    missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        elif command -v sudo >/dev/null; then
            sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        else
            echo "setup: please install the Debian packages: ${missing[*]}" >&2
        fi
    fi
fi
