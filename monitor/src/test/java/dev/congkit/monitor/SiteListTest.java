package dev.congkit.monitor;

import dev.congkit.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's CSV as offices write it: Vietnamese or English headers, any case, with or without marks, comma or semicolon. */
class SiteListTest {

    @Test
    void shortEnglishAndLongVietnameseHeadersReadTheSame() throws ConfigException {
        SiteList shortForm = SiteList.parse("a.csv", "ten,ma,url\nXã Mẫu Sơn,16555,https://mauson.thanhhoa.gov.vn/\n");
        String nfd = Normalizer.normalize("\uFEFFTÊN ĐƠN VỊ;Mã Đơn Vị Hành Chính;Mã định danh;Địa chỉ trang;Bộ quy tắc;Liên hệ\n"
                + "Xã Mẫu Sơn;16555;H56.39.12;https://mauson.thanhhoa.gov.vn/;thanhhoa-camthuy-2023;0237 3 000 001\n", Normalizer.Form.NFD);
        SiteList longForm = SiteList.parse("b.csv", nfd);
        assertEquals(new MonitoredSite("Xã Mẫu Sơn", "16555", null, "https://mauson.thanhhoa.gov.vn/", null, null), shortForm.sites().get(0));
        MonitoredSite site = longForm.sites().get(0);
        assertEquals("16555", site.code());
        assertEquals("H56.39.12", site.identifier());
        assertEquals("thanhhoa-camthuy-2023", site.ruleSet());
        assertEquals("0237 3 000 001", site.contact());
        assertNull(shortForm.sites().get(0).contact());
    }

    @Test
    void everyBadRowIsNamedAndNothingIsTaken() {
        ConfigException e = assertThrows(ConfigException.class, () -> SiteList.parse("xa.csv",
                "Tên đơn vị,Mã đơn vị hành chính,Địa chỉ trang\nXã A,1655,https://a.gov.vn\nXã B,16556,ftp://b\n,16557,https://c.gov.vn\n"
                        + "Xã D,16558,https://d.gov.vn\nXã E,16558,https://e.gov.vn\n"));
        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("dòng 2") && problems.get(0).contains("phải gồm 5 chữ số") && problems.get(0).contains("\"1655\""), problems.get(0));
        assertTrue(problems.get(1).contains("dòng 3") && problems.get(1).contains("http hoặc https"), problems.get(1));
        assertTrue(problems.get(2).contains("dòng 4") && problems.get(2).contains("tên đơn vị"), problems.get(2));
        assertTrue(problems.get(3).contains("dòng 6") && problems.get(3).contains("mã 16558 đã có ở dòng 5"), problems.get(3));
    }

    @Test
    void aMissingColumnIsNamedWithTheNamesItGoesBy() {
        ConfigException e = assertThrows(ConfigException.class, () -> SiteList.parse("xa.csv", "ten,url\nXã A,https://a.gov.vn\n"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).toString().contains("thiếu cột ma (cũng nhận: ma don vi, ma don vi hanh chinh"), e.problems().toString());
        assertThrows(ConfigException.class, () -> SiteList.parse("xa.csv", ""));
        ConfigException wide = assertThrows(ConfigException.class, () -> SiteList.parse("xa.csv", "ten,ma,url\nXã A, Mẫu Sơn,16555,https://a.gov.vn\n"));
        assertTrue(wide.problems().get(0).toString().contains("dòng 2: có 4 ô, nhiều hơn 3 cột"), wide.problems().toString());
    }
}
