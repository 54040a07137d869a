package dev.congkit.monitor.internal;

import dev.congkit.monitor.PeriodicReport;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The periodic report as a table to download: CSV (UTF-8 with a byte-order mark, for Excel) and XLSX. */
public final class Reports {

    private static final List<String> HEADER = List.of("TT", "Mã ĐVHC", "Đơn vị", "Địa chỉ trang", "Số lượt kiểm tra", "Số lượt không truy cập được",
            "Điểm trung bình", "Điểm lượt cuối", "Yêu cầu chưa đạt ở lượt cuối");

    private Reports() {
    }

    public static void csv(HttpServletResponse response, PeriodicReport report) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bao-cao-" + slug(report) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(String.join(",", HEADER) + "\r\n");
        int number = 1;
        for (PeriodicReport.Row row : report.rows()) {
            out.write(String.join(",", String.valueOf(number++), row.code(), cell(row.name()), cell(row.url()), String.valueOf(row.audits()),
                    String.valueOf(row.unreachable()), score(row.average()), score(row.last()), cell(String.join(" ", row.failingAtEnd()))) + "\r\n");
        }
    }

    public static void xlsx(HttpServletResponse response, PeriodicReport report) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"bao-cao-" + slug(report) + ".xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        Workbook workbook = new Workbook(response.getOutputStream(), "CongKit", "1.0");
        Worksheet sheet = workbook.newWorksheet("Báo cáo");
        sheet.value(0, 0, "Kết quả giám sát Cổng thông tin điện tử cấp xã, kỳ " + report.period().name() + " (từ " + report.period().from() + " đến "
                + report.period().to() + ")");
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(2, c, HEADER.get(c));
            sheet.style(2, c).bold().set();
        }
        int r = 3;
        for (PeriodicReport.Row row : report.rows()) {
            sheet.value(r, 0, r - 2);
            sheet.value(r, 1, row.code());
            sheet.value(r, 2, row.name());
            sheet.value(r, 3, row.url());
            sheet.value(r, 4, row.audits());
            sheet.value(r, 5, row.unreachable());
            if (row.average().isPresent()) {
                sheet.value(r, 6, row.average().getAsDouble());
                sheet.style(r, 6).format("0%").set();
            }
            if (row.last().isPresent()) {
                sheet.value(r, 7, row.last().getAsDouble());
                sheet.style(r, 7).format("0%").set();
            }
            sheet.value(r, 8, String.join(" ", row.failingAtEnd()));
            r++;
        }
        workbook.finish();
    }

    private static String score(java.util.OptionalDouble score) {
        return score.isPresent() ? String.format(Locale.ROOT, "%.3f", score.getAsDouble()) : "";
    }

    private static String slug(PeriodicReport report) {
        return report.period().from() + "-" + report.period().to();
    }

    static String cell(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
