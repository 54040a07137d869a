package dev.congkit.core.text;

import dev.congkit.core.text.internal.VietnameseSyllable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Legacy-encoding detection measured on real names, each garbled by an independent encoder. */
class LegacyTextTest {

    /** Names, titles and places as communes publish them. */
    static final List<String> NAMES = List.of(
            "Nguyễn Văn Bình", "Nguyễn Thị Hường", "Trần Quốc Tuấn", "Lê Thị Hoa", "Phạm Minh Tuấn", "Hoàng Thị Lan",
            "Đỗ Thị Hà", "Vũ Đình Anh", "Võ Văn Kiệt", "Ngô Bảo Châu", "Bùi Thị Xuân", "Đặng Thùy Trâm", "Huỳnh Tấn Phát",
            "Dương Văn Minh", "Lý Thường Kiệt", "Trịnh Công Sơn", "Phan Bội Châu", "Tôn Đức Thắng", "Quách Thị Trang",
            "Nghiêm Xuân Yêm", "Khuất Duy Tiến", "Giang Văn Minh", "Cù Huy Cận", "Thái Thị Phượng", "Lương Thế Vinh",
            "Mạc Đĩnh Chi", "Triệu Thị Trinh", "Đoàn Thị Điểm", "Hồ Xuân Hương", "Nguyễn Khuyến", "Tạ Quang Bửu",
            "Chủ tịch Ủy ban nhân dân xã", "Phó Chủ tịch UBND xã", "Văn phòng HĐND và UBND", "Công chức Tư pháp - Hộ tịch",
            "Địa chính - Xây dựng", "Văn hóa - Xã hội", "Trưởng Công an xã", "Chỉ huy trưởng Quân sự",
            "Ủy ban nhân dân xã Mẫu Sơn", "Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa", "phường Hàm Rồng", "thị trấn Cẩm Thủy",
            "huyện Quảng Xương", "Hội trường UBND xã", "Tiếp công dân định kỳ", "Lịch làm việc của lãnh đạo",
            "Họp giao ban tuần", "Kiểm tra công tác phòng chống lụt bão", "Khuấy động phong trào", "khuỷu tay", "thuở nhỏ",
            "Nguyễn Thị Oanh", "Trần Thị Khuê", "Lê Quý Đôn", "Huỳnh Thúc Kháng", "Nguyễn Thị Yến", "Đinh Bộ Lĩnh");

    /** Correct text in Windows-1252 only: must never be flagged. */
    static final List<String> CORRECT_LATIN = List.of("Thanh Hoá", "Thanh Hóa", "Võ", "Ô Môn", "Müller", "José Martí", "Zoë",
            "Hà Nội", "Lê Lợi", "An Giang", "Cà Mau", "Bà Rịa", "Hòa Bình", "Hoà", "Tô Hoài", "Châu Đốc", "François", "Björk",
            "Ñuñez", "Café", "Ông Ích Khiêm", "Phó Chủ tịch", "Chủ tịch", "Thủy", "Lò Văn Giàng", "Hà Giang",
            "Mã Thị Ơn", "Ý Yên", "Ánh", "Âu Cơ", "Giàng A Páo", "Sùng Thị Mỷ");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NguyÔn V¨n B×nh|TCVN3|Nguyễn Văn Bình",
            "Phoù Chuû tòch|VNI|Phó Chủ tịch",
            "Nguyá»…n VÄƒn BÃ¬nh|UTF8_READ_AS_WINDOWS_1252|Nguyễn Văn Bình",
            "Hµ Néi|TCVN3|Hà Nội",
            "Ñaø Naüng|VNI|Đà Nẵng",
            "Thanh Ho¸|TCVN3|Thanh Hoá",
    })
    void theIssuesExamplesAreRead(String garbled, LegacyEncoding encoding, String meant) {
        LegacyText.Garbled found = LegacyText.detect(garbled).orElseThrow(() -> new AssertionError(garbled));
        assertEquals(encoding, found.encoding());
        assertEquals(meant, found.meant());
        assertTrue(Normalizer.isNormalized(found.meant(), Normalizer.Form.NFC));
    }

    @Test
    void correctTextIsNeverFlagged() {
        List<String> flagged = new ArrayList<>();
        for (String text : concat(NAMES, CORRECT_LATIN)) {
            for (String form : List.of(text, Normalizer.normalize(text, Normalizer.Form.NFD), text.toUpperCase(java.util.Locale.ROOT))) {
                LegacyText.detect(form).ifPresent(g -> flagged.add(form + " -> " + g));
            }
        }
        assertEquals(List.of(), flagged);
        assertTrue(LegacyText.detect("UBND xã").isEmpty());
        assertTrue(LegacyText.detect("0237 3 123 456").isEmpty());
        for (String dashed : List.of("Tài chính – Ngân sách", "Văn hóa — Xã hội", "Quốc phòng – An ninh", "Tháng 11 … tháng 12")) {
            assertTrue(LegacyText.detect(dashed).isEmpty(), dashed + " is Unicode with a dash, not VISCII");
        }
        assertTrue(LegacyText.detect("").isEmpty());
    }

    /**
     * Every garbled name is flagged; its reading is right for at least 9 in 10 (VISCII and TCVN3 can
     * both read a few short names as well-formed Vietnamese: "TÕ Quang BØu" is "Tạ Quang Bửu" in
     * VISCII and "Tế Quang Bỉu" in TCVN3). The figures are printed for docs/benchmarks.md.
     */
    @Test
    void everyNameIsFoundInEveryEncoding() throws Exception {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            int tried = 0;
            int readRight = 0;
            int wellFormed = 0;
            List<String> missed = new ArrayList<>();
            for (String name : NAMES) {
                Optional<String> garbled = garble(name, encoding);
                if (garbled.isEmpty() || garbled.get().equals(name)) {
                    continue;   // no byte for one of its letters (TCVN3 has no toned capital), or bytes that read right anyway (VISCII's â, ê)
                }
                if (java.util.Arrays.stream(garbled.get().split("[\\s\\p{Punct}]+")).allMatch(w -> w.chars().allMatch(c -> c < 0x80) || VietnameseSyllable.isValid(w))) {
                    wellFormed++;   // garbled into other Vietnamese words ("Văn" in Windows-1258 shows as "Vãn"): no one can tell
                    continue;
                }
                tried++;
                Optional<LegacyText.Garbled> found = LegacyText.detect(garbled.get());
                if (found.isEmpty()) {
                    missed.add(garbled.get());
                } else if (found.get().meant().equals(name)) {
                    readRight++;
                }
            }
            System.out.printf("legacy encoding %-26s garbled names %2d, flagged %2d, read right %2d (and %d garbled into other Vietnamese words)%n",
                    encoding, tried, tried - missed.size(), readRight, wellFormed);
            assertEquals(List.of(), missed, encoding + ": garbled names not flagged");
            assertTrue(readRight * 10 >= tried * 9, encoding + ": read right only " + readRight + " of " + tried);
            assertTrue(tried >= NAMES.size() / 2, encoding + ": only " + tried + " names could be garbled");
        }
    }

    @Test
    void syllablesFollowTheLanguage() {
        for (String word : List.of("nguyễn", "Quốc", "gì", "giữ", "khuỷu", "thuở", "người", "oanh", "yêu", "Quỳnh", "xoong", "Đạt", "ếch")) {
            assertTrue(VietnameseSyllable.isValid(word), word);
        }
        for (String word : List.of("Müller", "nguyÔn", "bàc", "hoáà", "fan", "cafe", "ăa", "tràp", "x")) {
            assertFalse(VietnameseSyllable.isValid(word), word);
        }
    }

    @Test
    void repairLeavesCorrectTextAlone() {
        assertEquals("Nguyễn Văn Bình", LegacyText.repair("NguyÔn V¨n B×nh"));
        assertEquals("Thanh Hoá", LegacyText.repair("Thanh Hoá"));
    }

    /** {@code name} as the encoding's bytes shown by a Windows-1252 reader, or empty when it cannot be encoded. */
    static Optional<String> garble(String name, LegacyEncoding encoding) throws Exception {
        byte[] bytes = switch (encoding) {
            case UTF8_READ_AS_WINDOWS_1252 -> name.getBytes(StandardCharsets.UTF_8);
            case VNI -> Vni.encode(name);
            case TCVN3 -> iconv(name, "TCVN5712-1", true);
            case VISCII -> iconv(name, "VISCII", false);
            case WINDOWS_1258 -> iconv(name, "CP1258", false);
        };
        if (bytes == null) {
            return Optional.empty();
        }
        String shown = new String(bytes, Charset.forName("windows-1252"));
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            // the five bytes Windows-1252 leaves undefined show as themselves (Latin-1)
            latin.append(shown.charAt(i) == '\uFFFD' ? (char) (bytes[i] & 0xFF) : shown.charAt(i));
        }
        String text = latin.toString();
        return text.chars().anyMatch(c -> c < 0x20) ? Optional.empty() : Optional.of(text);
    }

    /** glibc's iconv, an encoder written by others; TCVN3 keeps only what the ABC fonts have (no toned capital). */
    private static byte[] iconv(String name, String charset, boolean vn3Only) throws Exception {
        Process p = new ProcessBuilder("iconv", "-f", "UTF-8", "-t", charset).start();
        p.getOutputStream().write(name.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            return null;
        }
        if (vn3Only) {
            for (byte b : out) {
                int v = b & 0xFF;
                boolean vn1Capital = v < 0x20 || (v >= 0x80 && v < 0xA1) || v == 0xAF || v == 0xBA || (v >= 0xBF && v <= 0xC5)
                        || v == 0xCD || (v >= 0xD9 && v <= 0xDB) || v == 0xE0 || v == 0xF0 || v == 0xFF;
                if (vn1Capital) {
                    return null;
                }
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** VNI Windows from its published key: base letter, then one byte for the vowel mark and tone. */
    static final class Vni {
        private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";
        private static final String[] PLAIN_TONE = {"ù", "ø", "û", "õ", "ï"};
        private static final String[] CIRCUMFLEX = {"â", "á", "à", "å", "ã", "ä"};
        private static final String[] BREVE = {"ê", "é", "è", "ú", "ü", "ë"};

        static byte[] encode(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
            for (int i = 0; i < nfd.length(); i++) {
                char c = nfd.charAt(i);
                StringBuilder marks = new StringBuilder();
                while (i + 1 < nfd.length() && Character.getType(nfd.charAt(i + 1)) == Character.NON_SPACING_MARK) {
                    marks.append(nfd.charAt(++i));
                }
                String glyphs = letter(c, marks.toString());
                if (glyphs == null) {
                    return null;
                }
                out.writeBytes(glyphs.getBytes(Charset.forName("windows-1252")));
            }
            return out.toByteArray();
        }

        private static String letter(char c, String marks) {
            boolean upper = Character.isUpperCase(c);
            int tone = -1;
            String shape = "";
            for (char m : marks.toCharArray()) {
                if (TONES.indexOf(m) >= 0) {
                    tone = TONES.indexOf(m);
                } else {
                    shape += m;
                }
            }
            String base;
            String mark;
            char lower = Character.toLowerCase(c);
            if (c == 'đ' || c == 'Đ') {
                return upper ? "Ñ" : "ñ";
            } else if (shape.equals("\u031B") && (lower == 'o' || lower == 'u')) {
                base = lower == 'o' ? "ô" : "ö";
                mark = tone < 0 ? "" : PLAIN_TONE[tone];
            } else if (shape.equals("\u0302")) {
                base = String.valueOf(lower);
                mark = CIRCUMFLEX[tone + 1];
            } else if (shape.equals("\u0306")) {
                base = String.valueOf(lower);
                mark = BREVE[tone + 1];
            } else if (shape.isEmpty() && lower == 'i' && tone >= 0) {
                return cased(new String[] {"í", "ì", "æ", "ó", "ò"}[tone], upper);
            } else if (shape.isEmpty() && lower == 'y' && tone == 4) {
                return cased("î", upper);
            } else if (shape.isEmpty()) {
                base = String.valueOf(lower);
                mark = tone < 0 ? "" : PLAIN_TONE[tone];
            } else {
                return null;
            }
            return cased(base, upper) + cased(mark, upper);
        }

        private static String cased(String s, boolean upper) {
            return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
        }
    }
}
