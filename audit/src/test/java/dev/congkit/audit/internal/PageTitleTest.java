package dev.congkit.audit.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page's title as the report names it: without the markup an unclosed title swallows. */
class PageTitleTest {

    @Test
    void theWordsBeforeSwallowedMarkupNameThePage() {
        assertEquals("UBND xã Mẫu Sơn", Page.cleanTitle("UBND xã Mẫu Sơn<script>var a = 1;</script><link rel=\"stylesheet\" href=\"x.css\">"));
        assertEquals("Trang chủ", Page.cleanTitle("<b>Trang chủ</b>"));
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", Page.cleanTitle("  Ủy ban nhân dân xã Mẫu Sơn "));
    }
}
