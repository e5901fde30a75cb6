#!/usr/bin/env bash
# Exports an example's workbook with the CLI (./salesteam-cli, built by
# `make cli`), prints it to PDF with LibreOffice and saves a picture of each
# sheet's first page, and of the hiring plan's months and charts, to
# docs/images/workbook-<sheet>.png; then does the same for the Scenarios
# sheet of a session that weighs options. The page's header names its sheet.
set -euo pipefail
cd "$(dirname "$0")/.."

CLI=${CLI:-./salesteam-cli}
SESSION=${SESSION:-examples/acme-fractional.json}
SCENARIOS=${SCENARIOS:-advisor/xlsx/testdata/with-scenarios.json}
OUT=${OUT:-docs/images}

[ -x "$CLI" ] || { echo "workbook-images: $CLI not built; run make cli" >&2; exit 1; }
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# pdf <session> <name>: exports the session's workbook and prints it to
# $tmp/<name>.pdf, with a throw-away LibreOffice profile so that the
# user's is never touched.
pdf() {
	"$CLI" export "$1" -o "$tmp/$2.xlsx" >/dev/null
	HOME="$tmp" soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
		--convert-to pdf --outdir "$tmp" "$tmp/$2.xlsx" >/dev/null 2>&1
}

save() { # save <pdf> <page> <name>
	pdftoppm -png -r 80 -f "$2" -l "$2" -singlefile "$tmp/$1.pdf" "$tmp/page"
	convert "$tmp/page.png" -trim -bordercolor white -border 12 -strip -colors 128 \
		-define png:compression-level=9 "$OUT/workbook-$3.png"
	echo "$OUT/workbook-$3.png"
}

# pages <pdf> <only>: saves the first page of each sheet (only the sheet
# named <only>, if given), the hiring plan's second page and its charts.
pages() {
	local pages p text sheet slug n
	declare -A seen=()
	pages=$(pdfinfo "$tmp/$1.pdf" | awk '/^Pages:/ {print $2}')
	for ((p = 1; p <= pages; p++)); do
		text=$(pdftotext -f "$p" -l "$p" -layout "$tmp/$1.pdf" -)
		sheet=$(awk -F'  +' 'NR == 1 {print $2}' <<<"$text")
		slug=$(echo "$sheet" | tr 'A-Z ' 'a-z-')
		n=$((${seen[$slug]:-0} + 1))
		seen[$slug]=$n
		[ -z "${2:-}" ] || [ "$slug" = "$2" ] || continue
		case "$slug:$n" in
		hiring-plan:1) save "$1" "$p" plan ;;
		hiring-plan:2) save "$1" "$p" plan-months ;;
		scenarios:2) save "$1" "$p" scenarios-hires ;;
		*:1) save "$1" "$p" "$slug" ;;
		esac
		if [ "$slug" = hiring-plan ] && [[ $text == *"Headcount over time"* ]]; then
			save "$1" "$p" plan-charts
		fi
	done
}

pdf "$SESSION" plan
pages plan
pdf "$SCENARIOS" options
pages options scenarios
