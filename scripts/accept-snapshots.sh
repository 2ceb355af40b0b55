#!/usr/bin/env bash
# Accepts changed snapshots after you have reviewed them. A failing snapshot test (Snapshooter.Xunit) leaves what it
# received in tests/**/__snapshots__/__mismatch__/<name>.snap; this moves each one over the committed
# __snapshots__/<name>.snap, then shows the diff to review before you commit it.
#
#   scripts/accept-snapshots.sh            accept every received snapshot
#   scripts/accept-snapshots.sh habboub    accept only those whose file name contains "habboub"
#
# A brand-new snapshot is written in place by the first local run; this also strips the byte-order mark from it.
set -euo pipefail
cd "$(dirname "$0")/.."

filter="${1:-}"
accepted=0
while IFS= read -r -d '' received; do
  name=$(basename "$received")
  [[ -z "$filter" || "$name" == *"$filter"* ]] || continue
  snapshots=$(dirname "$(dirname "$received")")
  mv "$received" "$snapshots/$name"
  echo "accepted $snapshots/$name"
  accepted=$((accepted + 1))
done < <(find tests -path '*/__snapshots__/__mismatch__/*.snap' -print0 | sort -z)

find tests -type d -name __mismatch__ -empty -delete
# Snapshooter writes a UTF-8 byte-order mark; the committed snapshots have none (it reads both the same way).
find tests -path '*/__snapshots__/*.snap' -not -path '*/__mismatch__/*' -exec sed -i '1s/^\xEF\xBB\xBF//' {} +
if (( accepted == 0 )); then
  echo "no received snapshot${filter:+ matching '$filter'}: run the failing tests first (they write __snapshots__/__mismatch__/)." >&2
  exit 1
fi
git --no-pager diff --stat -- tests
