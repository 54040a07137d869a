package dev.congkit.spring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CongKitPropertiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/widgets/*", "/sitemap.xml", "*.vcf", "/van-ban/xa.atom", " /tin-tuc.atom "})
    void servletMappingsAreKept(String mapping) {
        assertEquals(mapping.strip(), with(mapping).widgets());
        assertTrue(CongKitProperties.wanted(with(mapping).widgets()));
    }

    @Test
    void anEmptyMappingLeavesTheServletOut() {
        assertFalse(CongKitProperties.wanted(with("").widgets()));
        assertFalse(CongKitProperties.wanted(with(null).widgets()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"widgets", "/widgets/*/x", "/*.vcf", "*.", "*/x", "/a*b", "**.vcf"})
    void aMalformedMappingIsRefusedWithItsPropertyAndValue(String mapping) {
        var refused = assertThrows(IllegalArgumentException.class, () -> with(mapping));
        assertTrue(refused.getMessage().startsWith("congkit.widgets = '" + mapping + "'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("đường dẫn phải có dạng"), refused.getMessage());
    }

    private static CongKitProperties with(String widgets) {
        return new CongKitProperties(null, true, widgets, "/congkit/*", "/sitemap.xml", "*.vcf", "/a.ics", "/b.ics", "/c.atom", "/d.atom");
    }
}
