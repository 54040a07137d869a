package dev.congkit.audit.report;

import java.util.List;
import java.util.Objects;

/**
 * The parts of a formal Báo cáo (Nghị định 30/2020/NĐ-CP, Phụ lục I) that the office fills in:
 * whom it answers to, who issues it, its symbol, where it is signed, to whom it goes, which unit
 * drafted it and who signs. The number and the date are left for the văn thư ("Số: …/BC-…",
 * "…, ngày … tháng … năm …"); a part left empty is printed as dots, to be written in by hand.
 * The audit's formal report and the monitoring service's periodic report share it.
 * <pre>{@code
 * ReportForm form = new ReportForm("UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL", "Thanh Hóa",
 *         List.of("UBND tỉnh (để b/c)", "UBND các xã, phường"), "QLVH", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hường");
 * FormalReports.docx(reports, form, heading);   // bytes of a .docx the office edits and signs
 * }</pre>
 *
 * @param supervisingBody the body above the issuing office (since 07/2025 a provincial body), or empty
 * @param issuingOffice   the office that issues the report
 * @param symbol          the issuing office's abbreviation in the number ("SVHTTDL" → "Số: …/BC-SVHTTDL"; a
 *                        leading "BC-" is dropped)
 * @param place           the place name before the date ("Thanh Hóa, ngày … tháng … năm …")
 * @param recipients      "Nơi nhận:", without the closing "Lưu: VT, …" (added)
 * @param draftedBy       the abbreviation of the unit that drafted it, after "Lưu: VT," (the phòng or
 *                        văn phòng, "QLVH", "VP"; not the issuing office's symbol), or empty
 * @param authority       the signer's authority line ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"), or empty
 * @param position        the signer's position ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC")
 * @param signer          the signer's name, or empty for it to be written by hand
 */
public record ReportForm(String supervisingBody, String issuingOffice, String symbol, String place, List<String> recipients,
                         String draftedBy, String authority, String position, String signer) {

    public ReportForm {
        supervisingBody = strip(supervisingBody);
        issuingOffice = strip(issuingOffice);
        symbol = strip(symbol).replaceFirst("^(?i)BC-", "");   // the report's type, printed anyway
        place = strip(place);
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients").stream().map(ReportForm::strip).filter(r -> !r.isEmpty()).toList());
        draftedBy = strip(draftedBy);
        authority = strip(authority);
        position = strip(position);
        signer = strip(signer);
    }

    /** A form with every part left as dots, to be filled in by hand. */
    public static ReportForm blank() {
        return new ReportForm("", "", "", "", List.of(), "", "", "", "");
    }

    /** The form with only what the heading gives (issuing unit, office addressed); the rest left as dots to fill by hand. */
    public static ReportForm from(ReportHeading heading) {
        return new ReportForm("", heading.unit() == null ? "" : heading.unit(), "", "",
                heading.office() == null ? List.of() : List.of(heading.office()), "", "", "", "");
    }

    /** The part as printed: itself, or dots when it is empty. */
    public static String orDots(String part) {
        return part == null || part.isBlank() ? "……" : part;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
