package dev.congkit.cli;

import dev.congkit.audit.report.ReportForm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The formal report's options into a form: the signer's title split at its slash, the office addressed as the default recipient. */
class FormalReportOptionsTest {

    @Test
    void theSignerTitleIsSplitAtItsLastSlash() {
        assertEquals(new FormalReportOptions.Title("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), FormalReportOptions.Title.of(" KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC "));
        assertEquals(new FormalReportOptions.Title("", "CHỦ TỊCH"), FormalReportOptions.Title.of("CHỦ TỊCH"));
        assertEquals(new FormalReportOptions.Title("", ""), FormalReportOptions.Title.of(null));
    }

    @Test
    void theOfficeAddressedIsTheRecipientUnlessRecipientsAreGiven() {
        FormalReportOptions options = new FormalReportOptions();
        assertEquals(List.of("UBND huyện Cẩm Thủy"), options.form("UBND xã Mẫu Sơn", "UBND huyện Cẩm Thủy").recipients());
        options.recipients.add("UBND tỉnh (để báo cáo)");
        ReportForm form = options.form("UBND xã Mẫu Sơn", "UBND huyện Cẩm Thủy");
        assertEquals(List.of("UBND tỉnh (để báo cáo)"), form.recipients());
        assertEquals("UBND xã Mẫu Sơn", form.issuingOffice());
        assertEquals("", form.draftedBy());
    }
}
