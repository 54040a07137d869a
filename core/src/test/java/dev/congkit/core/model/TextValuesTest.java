package dev.congkit.core.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextValuesTest {

    @ParameterizedTest
    @CsvSource({
            "0912 345 678, MOBILE, tel:+84912345678",
            "+84 912 345 678, MOBILE, tel:+84912345678",
            "0237 3 123 456, LANDLINE, tel:+842373123456",
            "(024) 3825 1234, LANDLINE, tel:+842438251234",
            "1800 1234, SERVICE, tel:18001234",
            "1900.123.456, SERVICE, tel:1900123456",
            "1022, SHORT, tel:1022",
            "113, SHORT, tel:113"})
    void acceptsVietnamesePhoneNumbers(String written, PhoneNumber.Kind kind, String tel) {
        PhoneNumber phone = PhoneNumber.of(written);
        assertEquals(kind, phone.kind());
        assertEquals(tel, phone.tel());
        assertEquals(written, phone.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0112345678", "091234567", "09123456789", "+1 202 555 0100", "0912-ABC-678", "tel:0912345678"})
    void refusesOtherPhoneNumbers(String written) {
        ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumber.of(written));
        assertEquals("must be a Vietnamese phone number (mobile 0xx xxx xxxx, landline 02xx xxx xxxx, 1800/1900 "
                + "or a short hotline), but was '" + written + "'", e.violations().get(0).message());
    }

    @ParameterizedTest
    @CsvSource({"ubnd@ThanhHoa.GOV.VN, ubnd@thanhhoa.gov.vn, true", "a.b+c@gmail.com, a.b+c@gmail.com, false", "x@gov.vn, x@gov.vn, true"})
    void acceptsEmails(String written, String normalised, boolean gov) {
        Email email = Email.of(written);
        assertEquals(normalised, email.value());
        assertEquals(gov, email.isGovVn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ubnd@", "@gov.vn", "a@b", "a b@gov.vn", "a..b@gov.vn", "a@-x.vn", "<script>@x.vn"})
    void refusesBadEmails(String written) {
        ValidationException e = assertThrows(ValidationException.class, () -> Email.of(written));
        assertEquals("must be an e-mail address, but was '" + written + "'", e.violations().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://mauson.thanhhoa.gov.vn/", "http://x.vn/a?b=c#d", "/gioi-thieu", "#noi-dung", "lich.html",
            "mailto:ubnd@x.gov.vn", "tel:+84912345678", "HTTPS://X.VN", "/tìm-kiếm?q=Mẫu%20Sơn"})
    void acceptsSafeLinks(String written) {
        assertEquals(written, WebLink.of(written).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>", "vbscript:x", "//evil.example",
            "java\tscript:alert(1)", "java\nscript:x", " javascript:x", "\u0000javascript:x", "file:///etc/passwd", "https://",
            "/a b", "\\\\evil", "https://x.vn/\u202e"})
    void refusesUnsafeLinks(String written) {
        assertThrows(ValidationException.class, () -> WebLink.of(written));
    }

    @org.junit.jupiter.api.Test
    void aPagePathIsASitePathWithoutQueryFragmentOrTrailingSlash() {
        for (String good : java.util.List.of("/", "/van-ban/xa", "/tin-tuc.atom", "/thu-vien/anh")) {
            org.junit.jupiter.api.Assertions.assertTrue(WebLink.of(good).isPagePath(), good);
        }
        for (String bad : java.util.List.of("van-ban", "/van-ban/", "/tin-tuc?trang=2", "/a#b", "https://x.gov.vn/a")) {
            org.junit.jupiter.api.Assertions.assertFalse(WebLink.of(bad).isPagePath(), bad);
        }
    }
}
