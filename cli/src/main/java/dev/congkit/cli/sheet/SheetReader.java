package dev.congkit.cli.sheet;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.config.ConfigException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.Enumeration;
import java.io.InputStream;

/**
 * Reads what offices keep in spreadsheets: CSV (UTF-8, with or without BOM, comma or semicolon) and
 * XLSX (the first sheet), header in row 1. Bounded: a file of at most 20 MiB, 5 000 rows, 50 columns
 * and 5 000 characters a cell, and an XLSX whose parts unpack to at most 200 MiB.
 */
public final class SheetReader {

    static final long MAX_BYTES = 20L << 20;
    static final long MAX_UNPACKED = 200L << 20;
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL = 5_000;

    private SheetReader() {
    }

    public static SheetTable read(Path file) throws ConfigException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw ConfigException.of(name, Bilingual.of("lớn hơn " + (MAX_BYTES >> 20) + " MiB; lịch công tác hay danh sách cán bộ nhỏ hơn nhiều", "is larger than " + (MAX_BYTES >> 20) + " MiB; a schedule or a list of officials is far smaller"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ConfigException.of(name, Bilingual.of("không đọc được: " + e.getMessage(), "cannot be read: " + e.getMessage()));
        }
        if (ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return xlsx(file, name, bytes);
        }
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            throw ConfigException.of(name, Bilingual.of("là tệp Excel 97–2003 cũ (.xls); hãy lưu thành .xlsx hoặc CSV UTF-8 rồi nhập tệp đó", "is an old Excel 97–2003 file (.xls); save it as .xlsx or as CSV UTF-8 and import that"));
        }
        return csv(name, bytes);
    }

    private static SheetTable csv(String name, byte[] bytes) throws ConfigException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ConfigException.of(name, Bilingual.of("không phải chữ UTF-8; trong Excel chọn Save As (Lưu thành) → 'CSV UTF-8 (Comma delimited)'", "is not UTF-8 text; in Excel choose Save As → 'CSV UTF-8 (Comma delimited)'"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<String> header = null;
        List<SheetTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = bounded(name, record.stream().toList(), (int) record.getRecordNumber());
                if (header == null) {
                    header = cells;
                } else {
                    add(name, rows, new SheetTable.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ConfigException.of(name, Bilingual.of("không phải tệp CSV đọc được: " + e.getMessage(), "is not a readable CSV file: " + e.getMessage()));
        }
        return new SheetTable(name, null, header == null ? List.of() : header, rows);
    }

    private static SheetTable xlsx(Path file, String name, byte[] bytes) throws ConfigException {
        unpackedSizeWithinLimit(file, name);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> header = null;
            List<SheetTable.Row> rows = new ArrayList<>();
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                for (Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator(); it.hasNext(); ) {
                    org.dhatim.fastexcel.reader.Row row = it.next();
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < Math.min(row.getCellCount(), MAX_COLUMNS + 1); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    cells = bounded(name, cells, row.getRowNum());
                    if (header == null) {
                        header = cells;
                    } else {
                        add(name, rows, new SheetTable.Row(row.getRowNum(), cells));
                    }
                }
            }
            return new SheetTable(name, sheet.getName(), header == null ? List.of() : header, rows);
        } catch (IOException | RuntimeException e) {
            throw ConfigException.of(name, Bilingual.of("không phải sổ tính XLSX đọc được: " + e.getMessage(), "is not a readable XLSX workbook: " + e.getMessage()));
        }
    }

    /** A cell as text; a number (an Excel date or time among them) as its plain value. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        return cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getText();
    }

    /** Refuses a zip bomb before the workbook is opened: the parts may unpack to at most 200 MiB. */
    private static void unpackedSizeWithinLimit(Path file, String name) throws ConfigException {
        long total = 0;
        // the bytes are counted as they unpack: the sizes a zip declares may lie
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED) {
                            throw ConfigException.of(name, Bilingual.of("giải nén ra hơn " + (MAX_UNPACKED >> 20) + " MiB; đây không phải bảng tính của cơ quan", "unpacks to more than " + (MAX_UNPACKED >> 20) + " MiB; it is not an office's spreadsheet"));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw ConfigException.of(name, Bilingual.of("không phải sổ tính XLSX đọc được: " + e.getMessage(), "is not a readable XLSX workbook: " + e.getMessage()));
        }
    }

    private static List<String> bounded(String name, List<String> cells, int row) throws ConfigException {
        if (cells.size() > MAX_COLUMNS) {
            throw ConfigException.of(name, Bilingual.of("dòng " + row + " có hơn " + MAX_COLUMNS + " cột", "row " + row + " has more than " + MAX_COLUMNS + " columns"));
        }
        for (String cell : cells) {
            if (cell != null && cell.length() > MAX_CELL) {
                throw ConfigException.of(name, Bilingual.of("dòng " + row + " có một ô dài hơn " + MAX_CELL + " ký tự", "row " + row + " has a cell longer than " + MAX_CELL + " characters"));
            }
        }
        return cells;
    }

    private static void add(String name, List<SheetTable.Row> rows, SheetTable.Row row) throws ConfigException {
        if (row.isBlank()) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw ConfigException.of(name, Bilingual.of("có hơn " + MAX_ROWS + " dòng; hãy nhập từng tuần hoặc từng tháng", "has more than " + MAX_ROWS + " rows; import a week or a month at a time"));
        }
        rows.add(row);
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
