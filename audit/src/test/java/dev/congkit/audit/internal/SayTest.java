package dev.congkit.audit.internal;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts read as Vietnamese does: one thing is not "1 … đều …". */
class SayTest {

    private final Say vi = new Say(Locale.forLanguageTag("vi"));
    private final Say en = new Say(Locale.ENGLISH);

    @Test
    void oneThingHasItsOwnSentence() {
        assertEquals("Ảnh trên trang có văn bản thay thế phù hợp.", vi.t("alt.ok", 1));
        assertEquals("3 ảnh đều có văn bản thay thế phù hợp.", vi.t("alt.ok", 3));
        assertEquals("The image has a suitable text alternative.", en.t("alt.ok", 1));
        assertEquals("All 3 images have a suitable text alternative.", en.t("alt.ok", 3));
        // a message without its One form keeps the count
        assertEquals("Có 1 yêu cầu chưa đạt, cần khắc phục:", vi.t("formal.notMet", 1));
        assertEquals("No banner is dated to a past campaign (one banner or scrolling text seen).", en.t("expiry.none", 1));
    }
}
