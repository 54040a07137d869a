package dev.congkit.monitor;

import java.util.List;
import java.util.Objects;

/**
 * Who issues the periodic report, for its heading in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I):
 * the body above the issuing office, the office, the symbol after "Số: …/", the place before the
 * date the văn thư fills in, the recipients, who keeps the copy ("Lưu: VT, …") and the signature line.
 *
 * <p>Example:
 * <pre>{@code
 * new ReportOffice("UBND TỈNH THANH HÓA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "BC-SKHCN", "Thanh Hóa",
 *         List.of("UBND tỉnh (để báo cáo)", "UBND các xã, phường"), "CĐS", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
 * }</pre>
 */
public record ReportOffice(String parent, String issuer, String symbol, String place, List<String> recipients, String keptBy, String signerTitle) {

    public ReportOffice {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(place, "place");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(keptBy, "keptBy");
        Objects.requireNonNull(signerTitle, "signerTitle");
    }

    /** A heading to fill in: the office's names left as dots for the văn thư. */
    public static ReportOffice blank() {
        return new ReportOffice("……………", "……………", "BC-……", "……", List.of("……………"), "……", "THỦ TRƯỞNG CƠ QUAN");
    }
}
