package dev.congkit.audit.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/**
 * How the report the directive asks for is headed: which unit reports, to which office, by which
 * deadline, and the date of the check. Any part may be absent.
 *
 * <p>Example:
 * <pre>{@code
 * ReportHeading heading = new ReportHeading("Các xã, thị trấn huyện Cẩm Thủy", "Phòng Văn hóa - Thông tin huyện",
 *         LocalDate.of(2026, 12, 15), LocalDate.of(2026, 11, 28));   // unit, office, deadline, date of check
 * ReportHeading plain = ReportHeading.checkedOn(LocalDate.of(2026, 11, 28));
 * }</pre>
 */
public record ReportHeading(String unit, String office, LocalDate deadline, LocalDate checked) {

    public ReportHeading {
        unit = blankToNull(unit);
        office = blankToNull(office);
        java.util.Objects.requireNonNull(checked, "checked");
    }

    public static ReportHeading checkedOn(LocalDate date) {
        return new ReportHeading(null, null, null, date);
    }

    void into(ObjectNode root) {
        root.put("unit", unit);
        root.put("office", office);
        root.put("deadline", deadline == null ? null : deadline.toString());
        root.put("date", checked.toString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
