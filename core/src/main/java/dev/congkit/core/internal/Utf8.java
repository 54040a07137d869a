package dev.congkit.core.internal;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.config.ConfigException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where a file stops being UTF-8. Internal. */
public final class Utf8 {

    private Utf8() {
    }

    public static String decode(String source, byte[] bytes) throws ConfigException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            String hex = String.format("%02X", bytes[offset] & 0xFF);
            throw ConfigException.of(source, Bilingual.of("dòng " + line + ", cột " + column + ": không phải UTF-8 hợp lệ (byte 0x" + hex
                    + "); hãy lưu tệp dạng UTF-8", "line " + line + ", column " + column + ": is not valid UTF-8 (byte 0x" + hex
                    + "); save the file as UTF-8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

}
