#!/usr/bin/env bash
# Draws SpecDesk's icon set in icons/ with ImageMagick (a deep-blue rounded square, a sheet with
# text lines and a white check mark). The PNGs are committed; run this only to change the design.
set -euo pipefail
cd "$(dirname "$0")/../icons"
master=$(mktemp --suffix=.png)
trap 'rm -f "$master"' EXIT
# Drawn at 1024 px and scaled down, so every size is anti-aliased.
convert -size 1024x1024 xc:none \
  -fill '#1f3f8f' -draw 'roundrectangle 32,32 991,991 210,210' \
  -fill '#3a5cb0' -draw 'roundrectangle 240,176 784,848 56,56' \
  -fill '#c9d6f5' -draw 'roundrectangle 320,292 704,340 24,24' \
  -draw 'roundrectangle 320,404 620,452 24,24' \
  -draw 'roundrectangle 320,516 540,564 24,24' \
  -fill none -stroke '#ffffff' -strokewidth 88 -draw 'stroke-linecap round stroke-linejoin round polyline 430,690 530,790 760,520' \
  "PNG32:$master"
render() { # size output
  convert "$master" -filter Lanczos -resize "$1x$1" "PNG32:$2"
}
render 512 icon.png
render 32 32x32.png
render 128 128x128.png
render 256 128x128@2x.png
render 64 64x64.png
render 256 256x256.png
echo "icons written to $(pwd)"
