#!/usr/bin/env bash
# Draws the demo portal's right-column banners (300 × 250 JPEG, under samples/.../public/demo/banners):
# a title and a subtitle each wrapped and sized into its own box, so that neither runs into the other
# whatever the words. Needs ImageMagick and the DejaVu fonts (Debian: imagemagick, fonts-dejavu-core).
# Usage: scripts/demo-banners.sh
set -euo pipefail
out=$(cd "$(dirname "$0")/.." && pwd)/samples/src/main/resources/public/demo/banners
bold=$(fc-match -f '%{file}' 'DejaVu Sans:bold')
regular=$(fc-match -f '%{file}' 'DejaVu Sans')

banner() { # file, top colour, bottom colour, title, subtitle
  convert -size 300x250 "gradient:$2-$3" \
    \( -size 264x104 -background none -fill white -font "$bold" -gravity southwest "caption:$4" \) +gravity -geometry +18+16 -composite \
    \( -size 264x -pointsize 19 -background none -fill '#fff3c4' -font "$regular" "caption:$5" \) +gravity -geometry +18+134 -composite \
    -fill '#f2c230' -draw 'rectangle 0,238 300,250' \
    -strip -quality 82 -sampling-factor 4:2:0 "$out/$1"
}

banner bau-cu.jpg '#b3151b' '#6d0b0f' 'BẦU CỬ ĐẠI BIỂU' 'Chuyên mục tuyên truyền bầu cử (mẫu)'
banner hoc-tap-lam-theo.jpg '#9e1218' '#5a090c' 'HỌC TẬP VÀ LÀM THEO' 'Tư tưởng, đạo đức, phong cách Hồ Chí Minh (mẫu)'
banner ky-niem-1930-2015.jpg '#a8141a' '#640a0e' 'KỶ NIỆM 85 NĂM' 'Thành lập Đảng Cộng sản Việt Nam 1930 – 2015 (mẫu)'
