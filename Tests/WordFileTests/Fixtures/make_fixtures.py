#!/usr/bin/env python3
"""Writes the ZIP and .docx fixtures of WordFileTests with Python's zipfile (run once; the outputs are
committed). The LibreOffice fixture is made by make_libreoffice_fixture.sh."""
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = (2024, 1, 1, 0, 0, 0)


def info(name, compression=zipfile.ZIP_DEFLATED):
    member = zipfile.ZipInfo(name, FIXED)
    member.compress_type = compression
    return member


def text_members():
    rng = random.Random(13)
    lorem = "预算执行率为98.5%，项目完成率100%。".encode() * 200
    noise = bytes(rng.randrange(256) for _ in range(3000))
    return {
        "hello.txt": "你好，ZIP。\n".encode(),
        "dir/lorem.txt": lorem,
        "noise.bin": noise,
        "empty.txt": b"",
    }


def write(name, build):
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(build())


def archive(compression, level=None):
    def build():
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression, compresslevel=level) as zf:
            for member, data in text_members().items():
                zf.writestr(zipfile.ZipInfo(member, FIXED), data, compress_type=compression, compresslevel=level)
        return buffer.getvalue()
    return build


class Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek in, so it writes data descriptors (flag bit 3)."""
    def __init__(self):
        self.buffer = bytearray()
    def writable(self):
        return True
    def write(self, data):
        self.buffer += data
        return len(data)


def with_descriptors():
    stream = Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in text_members().items():
            with zf.open(info(member), "w") as entry:
                entry.write(data)
    return bytes(stream.buffer)


def zip64():
    # zipfile writes ZIP64 records past ZIP64_LIMIT; lowering it gives a small archive with all of them.
    saved = zipfile.ZIP64_LIMIT
    zipfile.ZIP64_LIMIT = 16
    try:
        return archive(zipfile.ZIP_DEFLATED)()
    finally:
        zipfile.ZIP64_LIMIT = saved


def bomb():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(info("word/document.xml"), b"\0" * (20 << 20))
    return buffer.getvalue()


def unsafe_name():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(zipfile.ZipInfo("word/document.xml", FIXED), b"<x/>")
        zf.writestr(zipfile.ZipInfo("../../evil.txt", FIXED), b"evil")
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/>
<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W} {MC}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="2"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/>
<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>
<mc:Fallback><w:numFmt w:val="decimalEnclosedCircle"/></mc:Fallback></mc:AlternateContent>
<w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""


def p(text="", style=None, num=None, runs=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    body = runs if runs is not None else (f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else "")
    return f"<w:p>{ppr}{body}</w:p>"


def cell(text, props=""):
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text)}</w:tc>"


TOC_START = p(runs='<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>二、旧目录行</w:t></w:r>')
TOC_LINE = p("一、基本情况\t1")
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W} {MC} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">
<w:body>
<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>
<w:sdtContent>{p("目录")}{TOC_LINE}</w:sdtContent></w:sdt>
{TOC_START}
{p("三、旧目录行")}
{p(runs='<w:r><w:fldChar w:fldCharType="end"/></w:r>')}
{p("白石镇2023年度部门整体支出绩效自评报告")}
{p("基本情况", style="1")}
{p("部门职能", style="2")}
{p(runs='<w:r><w:t>预算</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del><w:ins><w:r><w:t>执行</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">率 </w:t></w:r><w:r><w:t>98.5&amp;%</w:t><w:br/><w:t>万元</w:t><w:tab/><w:t>完</w:t></w:r>')}
{p("主要做法", style="2")}
{p("绩效目标", style="1")}
{p("细项", num=("1", 2))}
{p("细项", num=("1", 2))}
{p("第一项", num=("2", 0))}
{p("第二项", num=("2", 0))}
{p("重新开始", num=("3", 0))}
{p("项目符号", num=("4", 0))}
{p("不编号", style="1", num=("0", 0))}
{p(runs='<w:r><w:t>页码</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>')}
{p(runs='<w:r><w:t>锚定段</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' + p("文本框里的字") + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>' + p("文本框里的字") + '</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>')}
<w:tbl><w:tblPr/><w:tblGrid/>
<w:tr>{cell("项目")}{cell("金额（万元）", '<w:gridSpan w:val="2"/>')}</w:tr>
<w:tr>{cell("公用经费", '<w:vMerge w:val="restart"/>')}{cell("10")}{cell("")}</w:tr>
<w:tr>{cell("", '<w:vMerge/>')}{cell("8.62")}<w:tc><w:tcPr/>{p("甲")}<w:tbl><w:tr>{cell("内")}{cell("表")}</w:tr></w:tbl>{p("乙")}</w:tc></w:tr>
</w:tbl>
{p("结束")}
<w:sectPr/>
</w:body>
</w:document>"""


def docx(document=DOCUMENT, compression=zipfile.ZIP_DEFLATED):
    def build():
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression) as zf:
            for name, text in [
                ("[Content_Types].xml", CONTENT_TYPES),
                ("_rels/.rels", ROOT_RELS),
                ("word/_rels/document.xml.rels", DOCUMENT_RELS),
                ("word/document.xml", document),
                ("word/styles.xml", STYLES),
                ("word/numbering.xml", NUMBERING),
            ]:
                zf.writestr(zipfile.ZipInfo(name, FIXED), text.encode("utf-8"), compress_type=compression)
        return buffer.getvalue()
    return build


if __name__ == "__main__":
    write("stored.zip", archive(zipfile.ZIP_STORED))
    write("deflated.zip", archive(zipfile.ZIP_DEFLATED, 6))
    write("deflated-level0.zip", archive(zipfile.ZIP_DEFLATED, 0))
    write("descriptors.zip", with_descriptors)
    write("zip64.zip", zip64)
    write("bomb.zip", bomb)
    write("unsafe-name.zip", unsafe_name)
    write("features.docx", docx())
