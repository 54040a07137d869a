package dev.congkit.audit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.congkit.audit.report.Blocks.Block;
import dev.congkit.audit.report.Blocks.Cell;
import dev.congkit.audit.report.Blocks.Para;
import dev.congkit.audit.report.Blocks.Table;

import java.io.StringWriter;
import java.util.List;

/**
 * The formal report as one HTML file that prints on A4 as Nghị định 30/2020 lays a text out (margins,
 * Times New Roman): {@code formal-report.mustache}, escaped by Mustache like the other reports.
 */
final class FormalHtml {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("dev/congkit/audit/report").compile("formal-report.mustache");

    /** One block: a paragraph or a table, the other empty. */
    record BlockView(Para para, TableView table) {
    }

    /** A table: its header row (a ruled table's first) apart, so the template marks it up as headers. */
    record TableView(String css, List<List<Cell>> head, List<List<Cell>> body) {
    }

    private FormalHtml() {
    }

    static String render(List<Block> blocks, String title, String lang) {
        List<BlockView> views = blocks.stream().map(block -> block instanceof Para para ? new BlockView(para, null)
                : new BlockView(null, table((Table) block))).toList();
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, java.util.Map.of("lang", lang, "title", title, "blocks", views));
        return out.toString();
    }

    private static TableView table(Table table) {
        List<List<Cell>> rows = table.rows();
        boolean header = table.ruled() && !rows.isEmpty();
        return new TableView((table.ruled() ? "ruled" : "form") + (table.keepTogether() ? " keep" : ""),
                header ? rows.subList(0, 1) : List.of(), header ? rows.subList(1, rows.size()) : rows);
    }
}
