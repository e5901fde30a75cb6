#!/usr/bin/env bash
# Exports an example's workbook with the CLI (./salesteam-cli, built by
# `make cli`), prints it to PDF with LibreOffice and saves a picture of each
# sheet's first page, and of the hiring plan's months and charts, to
# docs/images/workbook-<sheet>.png. The page's header names its sheet.
set -euo pipefail
cd "$(dirname "$0")/.."

CLI=${CLI:-./salesteam-cli}
SESSION=${SESSION:-examples/acme-fractional.json}
OUT=${OUT:-docs/images}

[ -x "$CLI" ] || { echo "workbook-images: $CLI not built; run make cli" >&2; exit 1; }
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$CLI" export "$SESSION" -o "$tmp/plan.xlsx" >/dev/null
# A throw-away LibreOffice profile, so that the user's is never touched.
HOME="$tmp" soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
	--convert-to pdf --outdir "$tmp" "$tmp/plan.xlsx" >/dev/null 2>&1
pages=$(pdfinfo "$tmp/plan.pdf" | awk '/^Pages:/ {print $2}')

declare -A seen
save() { # save <page> <name>
	pdftoppm -png -r 80 -f "$1" -l "$1" -singlefile "$tmp/plan.pdf" "$tmp/page"
	convert "$tmp/page.png" -trim -bordercolor white -border 12 -strip -colors 128 \
		-define png:compression-level=9 "$OUT/workbook-$2.png"
	echo "$OUT/workbook-$2.png"
}
for ((p = 1; p <= pages; p++)); do
	text=$(pdftotext -f "$p" -l "$p" -layout "$tmp/plan.pdf" -)
	sheet=$(awk -F'  +' 'NR == 1 {print $2}' <<<"$text")
	slug=$(echo "$sheet" | tr 'A-Z ' 'a-z-')
	n=$((${seen[$slug]:-0} + 1))
	seen[$slug]=$n
	case "$slug:$n" in
	hiring-plan:1) save "$p" plan ;;
	hiring-plan:2) save "$p" plan-months ;;
	*:1) save "$p" "$slug" ;;
	esac
	if [ "$slug" = hiring-plan ] && [[ $text == *"Headcount over time"* ]]; then
		save "$p" plan-charts
	fi
done
