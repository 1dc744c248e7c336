#!/usr/bin/env bash
# Makes libreoffice.docx: a small report written as flat ODF and saved as .docx by LibreOffice (Debian:
# apt-get install libreoffice-writer-nogui). Run once; the output is committed, so tests need no LibreOffice.
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cell() { printf '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' "$1"; }
row() { printf '<table:table-row>'; for c in "$@"; do cell "$c"; done; printf '</table:table-row>\n'; }
cat > "$work/report.fodt" <<ODF
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
  <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
 </text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:p>白石镇2023年度部门整体支出绩效自评报告</text:p>
<text:list text:style-name="L1">
 <text:list-item><text:p>基本情况</text:p>
  <text:list><text:list-item><text:p>部门职能</text:p></text:list-item><text:list-item><text:p>预算情况</text:p></text:list-item></text:list>
 </text:list-item>
 <text:list-item><text:p>绩效目标完成情况</text:p></text:list-item>
</text:list>
<text:p>全年预算20万元，实际支出17.5万元，节约比为10%。</text:p>
<text:p>单位：万元</text:p>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/>
$(row 项目 年初预算数 全年决算数)
$(row 公用经费 10 8.62)
$(row 合计 16 14.41)
</table:table>
<text:p>截止2023年底，项目已全部完成。</text:p>
</office:text></office:body></office:document>
ODF
(cd "$work" && HOME="$work" soffice --headless --convert-to docx report.fodt >/dev/null 2>&1)
cp "$work/report.docx" libreoffice.docx
echo "wrote libreoffice.docx"
