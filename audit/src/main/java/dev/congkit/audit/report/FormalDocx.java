package dev.congkit.audit.report;

import dev.congkit.audit.report.Blocks.Block;
import dev.congkit.audit.report.Blocks.Cell;
import dev.congkit.audit.report.Blocks.Para;
import dev.congkit.audit.report.Blocks.Run;
import dev.congkit.audit.report.Blocks.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The formal report as a Word document: the four parts of Office Open XML a word processor needs
 * (content types, package relations, the document and its default style), A4 with Nghị định
 * 30/2020's margins, Times New Roman 13 pt. Written by hand: a document library would be a large
 * dependency for paragraphs and tables.
 */
final class FormalDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Text width of A4 less 30 mm and 15 mm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9071;

    private FormalDocx() {
    }

    static byte[] render(List<Block> blocks) {
        StringBuilder body = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Para para) {
                para(body, para);
            } else if (block instanceof Table table) {
                table(body, table);
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
                    + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"
                    + "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
                    + "<w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                    + "</w:styles>");
            entry(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0L); // the same report gives the same bytes
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void para(StringBuilder out, Para para) {
        String align = switch (para.align()) {
            case CENTRE -> "center";
            case JUSTIFY -> "both";
            case LEFT -> "left";
        };
        out.append("<w:p><w:pPr><w:keepLines/>").append(para.indent() ? "<w:ind w:firstLine=\"567\"/>" : "")
                .append("<w:jc w:val=\"").append(align).append("\"/></w:pPr>");
        for (Run run : para.runs()) {
            out.append("<w:r><w:rPr>").append(run.bold() ? "<w:b/>" : "").append(run.italic() ? "<w:i/>" : "")
                    .append(run.underline() ? "<w:u w:val=\"single\"/>" : "")
                    .append("<w:sz w:val=\"").append(para.points() * 2).append("\"/><w:szCs w:val=\"").append(para.points() * 2).append("\"/>")
                    .append("</w:rPr><w:t xml:space=\"preserve\">").append(xml(run.text())).append("</w:t></w:r>");
        }
        out.append("</w:p>");
    }

    /** Text for an XML element: markup characters escaped, control characters (which XML 1.0 cannot hold) dropped. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static void table(StringBuilder out, Table table) {
        String border = table.ruled() ? "single" : "nil";
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(TEXT_WIDTH).append("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            out.append("<w:").append(side).append(" w:val=\"").append(border).append("\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        out.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (Cell cell : table.rows().get(0)) {
            out.append("<w:gridCol w:w=\"").append(TEXT_WIDTH * cell.width() / 100).append("\"/>");
        }
        out.append("</w:tblGrid>");
        boolean first = true;
        for (List<Cell> row : table.rows()) {
            out.append("<w:tr><w:trPr><w:cantSplit/>").append(first && table.ruled() ? "<w:tblHeader/>" : "").append("</w:trPr>");
            for (Cell cell : row) {
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(TEXT_WIDTH * cell.width() / 100).append("\" w:type=\"dxa\"/></w:tcPr>");
                cell.paras().forEach(p -> para(out, p));
                out.append("</w:tc>");
            }
            out.append("</w:tr>");
            first = false;
        }
        out.append("</w:tbl><w:p/>");
    }
}
