package dev.congkit.monitor;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.text.TextMatch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The communes an office supervises, read from the CSV it already keeps. Headers in Vietnamese or
 * English, matched without case or diacritics ({@code ten,ma,url} as well as {@code Tên đơn vị,Mã đơn
 * vị hành chính,Địa chỉ trang}); comma or semicolon separated; a byte-order mark is allowed. Every bad
 * row is named (file, row, column, the rule, the value) and nothing is taken then.
 *
 * <p>Example:
 * <pre>{@code
 * SiteList sites = SiteList.read(Path.of("xa-phuong.csv"));
 * sites.sites().size();   // 166
 * }</pre>
 */
public record SiteList(List<MonitoredSite> sites) {

    /** The most rows a list may hold: every unit of the country, with room. */
    public static final int MAX_ROWS = 5_000;
    private static final long MAX_BYTES = 5L << 20;

    private enum Column {
        NAME(true, "ten", "ten don vi", "don vi", "name", "unit", "unit name"),
        CODE(true, "ma", "ma don vi", "ma don vi hanh chinh", "ma dvhc", "code", "unit code", "administrative code"),
        IDENTIFIER(false, "ma dinh danh", "ma dinh danh co quan", "identifier", "agency identifier", "agency code"),
        URL(true, "url", "dia chi", "dia chi trang", "dia chi cong", "trang", "website", "cong thong tin", "address"),
        RULE_SET(false, "bo quy tac", "quy tac", "rule set", "rules"),
        CONTACT(false, "lien he", "nguoi lien he", "dien thoai", "contact");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    public SiteList {
        sites = List.copyOf(sites);
    }

    /** The list in {@code file} (UTF-8). */
    public static SiteList read(Path file) throws ConfigException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw ConfigException.of(file.toString(), "danh sách lớn hơn " + (MAX_BYTES >> 20) + " MiB");
            }
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ConfigException.of(file.toString(), "không đọc được danh sách: " + e.getMessage());
        }
    }

    /** The list in {@code csv}; {@code source} names it in problems. */
    public static SiteList parse(String source, String csv) throws ConfigException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<ConfigProblem> problems = new ArrayList<>();
        List<MonitoredSite> sites = new ArrayList<>();
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<CSVRecord> rows = parser.getRecords();
            if (rows.isEmpty()) {
                throw ConfigException.of(source, "danh sách trống: dòng đầu ghi tên các cột (ten,ma,url hoặc Tên đơn vị,Mã đơn vị hành chính,Địa chỉ trang)");
            }
            Map<Column, Integer> columns = columns(source, rows.get(0), problems);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            if (rows.size() - 1 > MAX_ROWS) {
                problems.add(new ConfigProblem(source, "", "tối đa " + MAX_ROWS + " dòng, nhưng danh sách có " + (rows.size() - 1)));
            }
            Map<String, Integer> codes = new HashMap<>();
            for (int r = 1; r < rows.size() && problems.size() < ConfigException.SHOWN && r <= MAX_ROWS; r++) {
                CSVRecord row = rows.get(r);
                String where = "dòng " + (r + 1);
                if (row.size() > rows.get(0).size()) {
                    problems.add(new ConfigProblem(source, where, "có " + row.size() + " ô, nhiều hơn " + rows.get(0).size()
                            + " cột của dòng tiêu đề (thiếu xuống dòng, hay một dấu phẩy trong tên chưa đặt trong ngoặc kép?)"));
                    continue;
                }
                try {
                    MonitoredSite site = new MonitoredSite(cell(row, columns, Column.NAME), cell(row, columns, Column.CODE),
                            cell(row, columns, Column.IDENTIFIER), cell(row, columns, Column.URL), cell(row, columns, Column.RULE_SET),
                            cell(row, columns, Column.CONTACT));
                    Integer earlier = codes.putIfAbsent(site.code(), r + 1);
                    if (earlier != null) {
                        problems.add(new ConfigProblem(source, where, "mã " + site.code() + " đã có ở dòng " + earlier));
                    } else {
                        sites.add(site);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new ConfigProblem(source, where, e.getMessage()));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw ConfigException.of(source, "không phải danh sách CSV đọc được: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new SiteList(sites);
    }

    private static Map<Column, Integer> columns(String source, CSVRecord header, List<ConfigProblem> problems) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = TextMatch.plain(header.get(i));
            for (Column column : Column.values()) {
                if (column.names.contains(name) && !found.containsKey(column)) {
                    found.put(column, i);
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !found.containsKey(column)) {
                problems.add(new ConfigProblem(source, "dòng 1", "thiếu cột " + column.names.get(0) + " (cũng nhận: "
                        + String.join(", ", column.names.subList(1, column.names.size())) + "); dòng tiêu đề là " + header.toList()));
            }
        }
        return found;
    }

    private static String cell(CSVRecord row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? null : row.get(index);
    }
}
