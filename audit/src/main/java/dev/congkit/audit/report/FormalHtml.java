package dev.congkit.audit.report;

import dev.congkit.audit.report.Blocks.Block;
import dev.congkit.audit.report.Blocks.Cell;
import dev.congkit.audit.report.Blocks.Para;
import dev.congkit.audit.report.Blocks.Run;
import dev.congkit.audit.report.Blocks.Table;

import java.util.List;

/** The formal report as one HTML file that prints on A4 as Nghị định 30/2020 lays a text out (margins, Times New Roman). */
final class FormalHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif; font-size: 13pt; line-height: 1.35;
              color: #000000; max-width: 165mm; margin: 1rem auto; padding: 0 1rem; }
            p { margin: 0 0 0.35em; }
            .c { text-align: center; } .j { text-align: justify; } .l { text-align: left; } .i1 { text-indent: 1cm; }
            table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.6em; }
            table.ruled th, table.ruled td { border: 1px solid #000000; padding: 2pt 4pt; vertical-align: top; }
            table.form td { vertical-align: top; padding: 0; }
            .keep, tr, p { break-inside: avoid; }
            .u { text-decoration: underline; }
            .p11 { font-size: 11pt; } .p12 { font-size: 12pt; } .p13 { font-size: 13pt; } .p14 { font-size: 14pt; }
            @media print { body { margin: 0; padding: 0; max-width: none; } }
            """;

    private FormalHtml() {
    }

    static String render(List<Block> blocks, String title, String lang) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        for (Block block : blocks) {
            if (block instanceof Para para) {
                para(out, para);
            } else if (block instanceof Table table) {
                table(out, table);
            }
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void para(StringBuilder out, Para para) {
        String align = switch (para.align()) {
            case CENTRE -> "c";
            case JUSTIFY -> "j";
            case LEFT -> "l";
        };
        out.append("<p class=\"").append(align).append(para.indent() ? " i1" : "").append(" p").append(para.points()).append("\">");
        for (Run run : para.runs()) {
            String text = escape(run.text());
            if (run.underline()) {
                text = "<span class=\"u\">" + text + "</span>";
            }
            if (run.italic()) {
                text = "<em>" + text + "</em>";
            }
            if (run.bold()) {
                text = "<strong>" + text + "</strong>";
            }
            out.append(text);
        }
        out.append("</p>\n");
    }

    private static void table(StringBuilder out, Table table) {
        out.append("<table class=\"").append(table.ruled() ? "ruled" : "form").append(table.keepTogether() ? " keep" : "").append("\">\n");
        boolean header = table.ruled();
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (Cell cell : row) {
                String tag = header ? "th scope=\"col\"" : "td";
                out.append('<').append(tag).append(" width=\"").append(cell.width()).append("%\">");
                cell.paras().forEach(p -> para(out, p));
                out.append("</").append(header ? "th" : "td").append('>');
            }
            out.append("</tr>\n");
            header = false;
        }
        out.append("</table>\n");
    }

    /** Escapes for HTML and XML alike, and drops control characters, which XML 1.0 (the DOCX) cannot hold. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
