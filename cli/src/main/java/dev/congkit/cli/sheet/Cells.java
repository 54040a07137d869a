package dev.congkit.cli.sheet;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times and day parts as offices write them in spreadsheets. */
final class Cells {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("[0-9]{1,6}(\\.[0-9]+)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");
    /** 07:30, 7h30, 7g30, 7h, 7 giờ 30. */
    private static final Pattern TIME = Pattern.compile("([0-9]{1,2})\\s*(?::|h|g|giờ)\\s*([0-9]{1,2})?(?:\\s*(?:'|p|phút))?", Pattern.CASE_INSENSITIVE);

    private Cells() {
    }

    /** 14/12/2026, 14-12-2026, 2026-12-14 or an Excel date serial; {@code null} when unreadable. */
    static LocalDate date(String text) {
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
            if (SERIAL.matcher(text).matches()) {
                long days = new BigDecimal(text).longValue();
                return days > 0 && days < 2_958_466 ? EXCEL_EPOCH.plusDays(days) : null;
            }
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The start and end of "07:30 - 09:00", "7h30-9h", "7g30", or of an Excel time fraction; {@code null} when unreadable. */
    static LocalTime[] times(String text) {
        if (SERIAL.matcher(text).matches() && text.startsWith("0.")) {
            long minutes = Math.round(new BigDecimal(text).doubleValue() * 24 * 60);
            return minutes < 24 * 60 ? new LocalTime[] {LocalTime.of((int) minutes / 60, (int) minutes % 60), null} : null;
        }
        String[] parts = text.split("\\s*(?:-|–|—|đến)\\s*", 2);
        LocalTime start = time(parts[0]);
        LocalTime end = parts.length > 1 ? time(parts[1]) : null;
        if (start == null || parts.length > 1 && end == null || end != null && !end.isAfter(start)) {
            return null;
        }
        return new LocalTime[] {start, end};
    }

    private static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    /** SANG, CHIEU or TOI for "Sáng", "Chiều", "Tối" (any case, with or without marks); {@code null} otherwise. */
    static String session(String text) {
        String plain = Headers.plain(text);
        return switch (plain) {
            case "sang" -> "SANG";
            case "chieu" -> "CHIEU";
            case "toi" -> "TOI";
            default -> null;
        };
    }

    private static final List<String> WEEKDAYS = List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật");

    /** "Thứ Hai", "Thứ 2", "T2", "Hai", "CN", "Chủ nhật". */
    static boolean sameDay(String text, DayOfWeek day) {
        String plain = Headers.plain(text).replaceFirst("^(thu|t) ?", "");
        List<String> names = List.of("hai", "ba", "tu", "nam", "sau", "bay");
        if (plain.equals("cn") || plain.equals("chu nhat")) {
            return day == DayOfWeek.SUNDAY;
        }
        int index = plain.matches("[2-7]") ? Integer.parseInt(plain) - 2 : names.indexOf(plain);
        return index < 0 || index == day.getValue() - 1;   // what cannot be read is not held against the row
    }

    /** "Thứ Hai" … "Chủ nhật". */
    static String weekday(DayOfWeek day) {
        return WEEKDAYS.get(day.getValue() - 1);
    }
}
