package dev.congkit.core.text.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the Windows-1252 bytes of a text as Vietnamese legacy encodings would. The tables are those
 * of TCVN 5712:1993 VN3 (the ABC fonts .VnTime), VNI Windows and VISCII (RFC 1456). Internal.
 */
public final class LegacyDecoders {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Map<Character, Byte> CP1252 = cp1252();

    /** TCVN3 bytes 0xA1–0xFE (0 where VN3 has no letter). */
    private static final String TCVN3 =
            "ĂÂÊÔƠƯĐăâêôơưđ" + "\0\0\0\0\0\0" + "àảãáạ\0ằẳẵắ" + "\0\0\0\0\0\0\0" + "ặầẩẫấậè\0ẻẽéẹềểễếệìỉ\0\0\0ĩíịò\0ỏõóọồổỗốộờởỡớợù\0ủũúụừửữứựỳỷỹýỵ";
    /** VISCII bytes 0x80–0xFF. */
    private static final String VISCII =
            "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ";
    /** VNI letters written with one byte, as (byte glyph, letter) pairs. */
    private static final String VNI_SINGLE = "ôơÔƠöưÖƯñđÑĐæỉÆỈóĩÓĨòịÒỊîỵÎỴ";
    /** VNI marks that follow a vowel, as (byte glyph, combining marks) in both cases. */
    private static final String[][] VNI_MARKS = {
            {"ùÙ", "\u0301"}, {"øØ", "\u0300"}, {"ûÛ", "\u0309"}, {"õÕ", "\u0303"}, {"ïÏ", "\u0323"},
            {"âÂ", "\u0302"}, {"áÁ", "\u0302\u0301"}, {"àÀ", "\u0302\u0300"}, {"åÅ", "\u0302\u0309"}, {"ãÃ", "\u0302\u0303"}, {"äÄ", "\u0302\u0323"},
            {"êÊ", "\u0306"}, {"éÉ", "\u0306\u0301"}, {"èÈ", "\u0306\u0300"}, {"úÚ", "\u0306\u0309"}, {"üÜ", "\u0306\u0303"}, {"ëË", "\u0306\u0323"},
    };

    private LegacyDecoders() {
    }

    /** The Windows-1252 bytes of {@code text}, or {@code null} when a character has none. */
    public static byte[] windows1252(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Byte b = c < 0x80 ? Byte.valueOf((byte) c) : CP1252.get(c);
            if (b == null) {
                return null;
            }
            bytes[i] = b;
        }
        return bytes;
    }

    public static String tcvn3(byte[] bytes) {
        return table(bytes, TCVN3, 0xA1);
    }

    public static String viscii(byte[] bytes) {
        return table(bytes, VISCII, 0x80);
    }

    public static String windows1258(byte[] bytes) {
        return Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
    }

    /** The bytes as strict UTF-8, or {@code null} when they are not UTF-8. */
    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    public static String vni(byte[] bytes) {
        String glyphs = new String(bytes, WINDOWS_1252);
        StringBuilder out = new StringBuilder(glyphs.length());
        for (int i = 0; i < glyphs.length(); i++) {
            char glyph = glyphs.charAt(i);
            int single = VNI_SINGLE.indexOf(glyph);
            char letter = single >= 0 && single % 2 == 0 ? VNI_SINGLE.charAt(single + 1) : glyph;
            String marks = i + 1 < glyphs.length() ? marks(glyphs.charAt(i + 1)) : null;
            if (marks != null && takes(letter, marks)) {
                out.append(Normalizer.normalize(letter + marks, Normalizer.Form.NFC));
                i++;
            } else {
                out.append(letter);
            }
        }
        return out.toString();
    }

    private static String marks(char glyph) {
        for (String[] mark : VNI_MARKS) {
            if (mark[0].indexOf(glyph) >= 0) {
                return mark[1];
            }
        }
        return null;
    }

    /** Circumflex only on a, e, o; breve only on a; a tone on any vowel. */
    private static boolean takes(char letter, String marks) {
        char lower = Character.toLowerCase(letter);
        return switch (marks.charAt(0)) {
            case '\u0302' -> "aeo".indexOf(lower) >= 0;
            case '\u0306' -> lower == 'a';
            default -> "aeiouyơư".indexOf(lower) >= 0;
        };
    }

    private static String table(byte[] bytes, String table, int first) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        String glyphs = new String(bytes, WINDOWS_1252);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            char mapped = b >= first && b - first < table.length() ? table.charAt(b - first) : 0;
            out.put(mapped != 0 ? mapped : glyphs.charAt(i));
        }
        return out.flip().toString();
    }

    private static Map<Character, Byte> cp1252() {
        Map<Character, Byte> map = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, WINDOWS_1252);
            char c = decoded.charAt(0);
            // the five bytes Windows-1252 leaves undefined stand for themselves, as Latin-1 readers show them
            map.put(c == '\uFFFD' ? (char) b : c, (byte) b);
        }
        return Map.copyOf(map);
    }
}
