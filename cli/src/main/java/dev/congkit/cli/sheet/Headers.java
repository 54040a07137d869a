package dev.congkit.cli.sheet;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.config.ConfigProblem;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Finds the columns an import needs by the names offices give them, whatever their case, marks or order. */
final class Headers {

    private Headers() {
    }

    /** A column an import reads: whether the import needs it, and the names it goes by (the first is shown). */
    record Column(boolean required, List<String> names) {
        static Column required(String... names) {
            return new Column(true, List.of(names));
        }

        static Column optional(String... names) {
            return new Column(false, List.of(names));
        }
    }

    /** Lower case, without marks or đ, single spaces: "Họ và tên" → "ho va ten". */
    static String plain(String text) {
        return dev.congkit.core.text.TextMatch.plain(text);
    }

    /** Each known column's index in {@code table}; a missing required column is a problem. */
    static Map<Column, Integer> find(SheetTable table, List<Column> columns, List<ConfigProblem> problems) {
        Map<Column, Integer> found = new IdentityHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = plain(table.header().get(i));
            for (Column column : columns) {
                if (!found.containsKey(column) && column.names().stream().anyMatch(n -> plain(n).equals(name))) {
                    found.put(column, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && !found.containsKey(column)) {
                missing.add("'" + column.names().get(0) + "'");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(table.problem(Bilingual.of("thiếu cột " + String.join(", ", missing) + " (dòng tiêu đề có " + table.header() + ")",
                    "has no column " + String.join(", ", missing) + " (the header names " + table.header() + ")")));
        }
        return found;
    }
}
