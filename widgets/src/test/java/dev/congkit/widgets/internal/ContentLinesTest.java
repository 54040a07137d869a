package dev.congkit.widgets.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLinesTest {

    private static final String LETTERS = "ạảãàáâậầấẩẫăắằặẳẵệềếểễọồốổỗộơờớợởỡưừứựửữỳýỵỷỹđĐỦỮẬ aăâbcdđeêghiklmnoôơpqrstuưvxy,;\\";

    /** Unfolds (RFC 5545 §3.1) and unescapes TEXT, as a reader does. */
    static String read(String written) {
        String unfolded = written.replace("\r\n ", "");
        String value = unfolded.substring(unfolded.indexOf(':') + 1, unfolded.length() - 2);
        return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void foldsAt75OctetsWithoutSplittingALetterAndRoundTrips(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int length = 50 + random.nextInt(400);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        String written = new ContentLines().text("SUMMARY", text.toString()).toString();
        for (String line : written.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, "line of " + bytes.length + " octets: " + line);
            assertEquals(line, new String(bytes, StandardCharsets.UTF_8), "no broken UTF-8 sequence");
        }
        assertTrue(written.endsWith("\r\n"));
        assertEquals(text.toString(), read(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b;c\\d", "dòng 1\ndòng 2", "Hà Nội; Thanh Hóa, Việt Nam"})
    void escapesText(String text) {
        assertEquals(text, read(new ContentLines().text("NOTE", text).toString()));
        assertTrue(!new ContentLines().text("NOTE", text).toString().contains("\n\n"));
    }
}
