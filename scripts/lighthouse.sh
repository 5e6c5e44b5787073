#!/usr/bin/env bash
# Build the default site, serve it on 127.0.0.1 under /briefing-repo/ (as GitHub Pages would) and
# run Lighthouse 3 times on the home page and the briefing page; print the median scores as a
# Markdown table. Not part of the test suite: it is slow and performance scores wobble.
#
# Usage: scripts/lighthouse.sh [--desktop]   (default: Lighthouse's mobile preset, with throttling)
# Needs: Debian chromium (scripts/setup-test-deps.sh) and npm; installs the pinned Lighthouse of
# tools/lighthouse/ there on first use. Reports: test-artifacts/lighthouse/
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$repo_root/.venv/bin/python"
[[ -x $python ]] || python=python3
runs=3
lighthouse_tools="$repo_root/tools/lighthouse"
preset=()
[[ ${1:-} == --desktop ]] && preset=(--preset=desktop)

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base_url="http://127.0.0.1:$port/briefing-repo/"
"$python" -m briefgen build --source "$repo_root" --output "$work/root/briefing-repo" \
    --base-url "$base_url" >/dev/null
"$python" -m http.server --bind 127.0.0.1 --directory "$work/root" "$port" >/dev/null 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    curl -fso /dev/null "$base_url" && break
    sleep 0.1
done

briefing_json="$(cd "$work/root/briefing-repo" && find . -mindepth 2 -maxdepth 2 -name briefing.json | sort | head -1)"
briefing_path="$(dirname "${briefing_json#./}")/"
reports="$repo_root/test-artifacts/lighthouse"
mkdir -p "$reports"

run_lighthouse() {  # $1 label, $2 url
    local i
    for i in $(seq "$runs"); do
        CHROME_PATH=/usr/bin/chromium npx --no-install lighthouse "$2" --quiet \
            --only-categories=performance,accessibility,best-practices,seo "${preset[@]}" \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
            --output=json --output=html --output-path="$reports/$1-$i" >/dev/null
    done
}

# Lighthouse is no test dependency (its 140 MB took 8 s of every test install): installed here,
# again only when its lockfile changed.
stamp="$lighthouse_tools/node_modules/.briefgen-lock.sha256"
want="$(sha256sum "$lighthouse_tools/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
    (cd "$lighthouse_tools" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund \
        --ignore-scripts --loglevel=error >/dev/null)
    printf '%s\n' "$want" >"$stamp"
fi

cd "$lighthouse_tools"
run_lighthouse home "$base_url"
run_lighthouse briefing "$base_url$briefing_path"

"$python" - "$reports" "$runs" "$briefing_path" "${preset[*]:-mobile}" <<'PY'
import json, statistics, sys
from pathlib import Path

reports, runs, briefing, preset = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
categories = ["performance", "accessibility", "best-practices", "seo"]
print(f"Lighthouse 12.2.3, Debian chromium, {preset}, median of {runs} runs\n")
print("| Page | Performance | Accessibility | Best practices | SEO |")
print("|---|---|---|---|---|")
lost = []
for label, path in (("Home", ""), ("Briefing", briefing)):
    results = [json.loads((reports / f"{label.lower()}-{i}.report.json").read_text())
               for i in range(1, runs + 1)]
    scores = [round(statistics.median(r["categories"][c]["score"] * 100 for r in results))
              for c in categories]
    print(f"| {label} (`/briefing-repo/{path}`) | " + " | ".join(map(str, scores)) + " |")
    for c in categories:  # Say what cost points, from the first run, so it can be fixed.
        for ref in results[0]["categories"][c]["auditRefs"]:
            audit = results[0]["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                lost.append(f"- {label}, {c}: `{ref['id']}` {audit['title']} ({audit['score']})")
if lost:
    print("\nAudits that lost points (first run):\n" + "\n".join(lost))
PY
