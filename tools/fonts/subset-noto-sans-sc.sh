#!/usr/bin/env bash
# Makes the bulletin's fonts, app/src/main/resources/fonts/NotoSansSC-{Regular,Bold}.subset.ttf: Noto Sans SC
# (SIL Open Font License 1.1) as TrueType, from the Maven artifact com.helger.font:ph-fonts-noto-sans-sc, cut
# down to the characters charset.py lists. Needs Maven and Python 3 with fonttools (pip install fonttools).
# Run from anywhere: bash tools/fonts/subset-noto-sans-sc.sh
set -euo pipefail

SOURCE_VERSION=6.1.0
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$repo/app/src/main/resources/fonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q dependency:copy -Dartifact=com.helger.font:ph-fonts-noto-sans-sc:$SOURCE_VERSION \
    -DoutputDirectory="$work"
(cd "$work" && unzip -q -o ph-fonts-noto-sans-sc-$SOURCE_VERSION.jar 'fonts/ttf/NotoSansSC/*')

python3 "$repo/tools/fonts/charset.py" \
    "$repo/app/src/main/resources/bulletins/liaocheng-2021-02.txt" \
    "$repo/app/src/main/resources/units/units.csv" > "$work/unicodes.txt"

mkdir -p "$out"
for weight in Regular Bold; do
  # no layout features or vertical metrics: the PDF is set horizontally, without shaping
  pyftsubset "$work/fonts/ttf/NotoSansSC/NotoSansSC-$weight.ttf" \
      --unicodes-file="$work/unicodes.txt" \
      --layout-features='' --drop-tables+=VORG,vhea,vmtx \
      --name-IDs='*' --name-languages='*' --notdef-outline \
      --output-file="$out/NotoSansSC-$weight.subset.ttf"
done
cp "$work/fonts/ttf/NotoSansSC/OFL.txt" "$out/OFL.txt"
ls -l "$out"
