package dev.congkit.core.text;

import dev.congkit.core.text.internal.LegacyDecoders;

import java.util.function.Function;

/**
 * The ways Vietnamese text reaches a form wrongly encoded: typed with a legacy font encoding (the
 * font showed it right, the bytes are not Unicode), or Unicode bytes read in the wrong encoding.
 * Each reads the Windows-1252 bytes of the garbled text back as what they were.
 *
 * <pre>{@code
 * LegacyEncoding.TCVN3.decode("NguyÔn V¨n B×nh");   // "Nguyễn Văn Bình"
 * LegacyEncoding.TCVN3.label();                      // "TCVN3 (ABC, .VnTime)"
 * }</pre>
 */
public enum LegacyEncoding {
    /** UTF-8 read as Windows-1252: "Nguyá»…n". */
    UTF8_READ_AS_WINDOWS_1252("UTF-8 read as Windows-1252", LegacyDecoders::utf8),
    /** TCVN 5712:1993 VN3, the ABC fonts (.VnTime): "NguyÔn V¨n B×nh". */
    TCVN3("TCVN3 (ABC, .VnTime)", LegacyDecoders::tcvn3),
    /** VNI Windows (VNI-Times): "Phoù Chuû tòch". */
    VNI("VNI Windows (VNI-Times)", LegacyDecoders::vni),
    /** VISCII (RFC 1456), where ễ is the byte Windows-1252 shows as a soft hyphen. */
    VISCII("VISCII", LegacyDecoders::viscii),
    /** Windows-1258, with its combining tone marks: "NguyêÞn". */
    WINDOWS_1258("Windows-1258", LegacyDecoders::windows1258);

    private final String label;
    private final Function<byte[], String> decoder;

    LegacyEncoding(String label, Function<byte[], String> decoder) {
        this.label = label;
        this.decoder = decoder;
    }

    /** How people call the encoding, e.g. "TCVN3 (ABC, .VnTime)". */
    public String label() {
        return label;
    }

    /** The text the garbled {@code text} was meant to be, or {@code null} when it cannot be read so. */
    public String decode(String text) {
        byte[] bytes = LegacyDecoders.windows1252(text);
        return bytes == null ? null : decoder.apply(bytes);
    }
}
