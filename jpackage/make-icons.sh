#!/usr/bin/env bash
# Regenerates the app icons in assets/icons/ from evtwin.svg: PNGs (Linux, window icon), .ico (Windows),
# .icns (macOS, PNG-based entries ic07-ic10 as macOS 10.7+ reads them). Needs ImageMagick and python3.
# The generated files are committed; run this only after changing the SVG.
# (ImageMagick 6 renders this SVG itself: keep it to plain shapes and solid colours, no gradients.)
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
if ! command -v convert >/dev/null; then
  echo "make-icons: ImageMagick's convert is missing (apt-get install imagemagick)" >&2
  exit 1
fi

for size in 16 32 48 64 128 256 512 1024; do
  convert -density $((96 * size / 64)) -background none evtwin.svg -resize "${size}x${size}" \
    "png32:/tmp/evtwin-$size.png"
done
for size in 48 128 256; do cp "/tmp/evtwin-$size.png" "evtwin-$size.png"; done
convert /tmp/evtwin-16.png /tmp/evtwin-32.png /tmp/evtwin-48.png /tmp/evtwin-64.png /tmp/evtwin-128.png \
  /tmp/evtwin-256.png evtwin.ico

# ICNS: 'icns' + total length, then per entry a 4-byte type, a 4-byte length (with its 8-byte header) and a PNG.
python3 - <<'PY'
import struct
entries = [(b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]
body = b""
for kind, size in entries:
    png = open(f"/tmp/evtwin-{size}.png", "rb").read()
    body += kind + struct.pack(">I", len(png) + 8) + png
open("evtwin.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm -f /tmp/evtwin-{16,32,48,64,128,256,512,1024}.png
ls -l
