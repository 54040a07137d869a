package dev.congkit.cli.sheet;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.config.ConfigProblem;

import java.util.List;

/**
 * A spreadsheet as read: its header (row 1) and the rows under it, every cell as text (an Excel date
 * or time cell as its serial number). Problems name the file, the sheet, the row and the column.
 */
public record SheetTable(String file, String sheet, List<String> header, List<Row> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row: its number as the office sees it (the header is row 1) and its cells. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell of column {@code index}, stripped; empty when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** A problem with the cell at {@code row}, {@code column}, naming the column as the header does. */
    public ConfigProblem problem(Row row, int column, Bilingual message) {
        String name = column < header.size() ? " '" + header.get(column) + "'" : "";
        Bilingual place = Bilingual.of("dòng " + row.number() + ", cột " + letter(column) + name + ": ",
                "row " + row.number() + ", column " + letter(column) + name + ": ");
        return new ConfigProblem(where(), "", place.then(message));
    }

    /** A problem with the sheet as a whole. */
    public ConfigProblem problem(Bilingual message) {
        return new ConfigProblem(where(), "", Bilingual.of("dòng 1: ", "row 1: ").then(message));
    }

    /** Why a value was refused by the site model ({@code PhoneNumber.of}, {@code WebLink.of}, …), in both languages. */
    public static Bilingual reason(IllegalArgumentException refused) {
        if (refused instanceof ValidationException invalid) {
            return invalid.violations().get(0).text();
        }
        return Bilingual.same(String.valueOf(refused.getMessage()));
    }

    private String where() {
        return sheet == null ? file : file + " (sheet '" + sheet + "')";
    }

    /** A, B, …, Z, AA, … as spreadsheets name columns. */
    static String letter(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
