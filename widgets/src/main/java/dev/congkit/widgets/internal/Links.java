package dev.congkit.widgets.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Site-relative links with a query string: empty values left out, the rest percent-encoded in UTF-8. Internal. */
public final class Links {

    private Links() {
    }

    /** {@code path?name=value&...} in the map's order; {@code path} alone when every value is empty. */
    public static String withQuery(String path, Map<String, String> params) {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null && !param.getValue().isEmpty()) {
                link.append(separator).append(param.getKey()).append('=')
                        .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }

    /** {@code path} in the page's language: as it is in Vietnamese, with {@code lang=en} added in English. */
    public static String inLanguage(String path, boolean english) {
        return english ? path + (path.indexOf('?') < 0 ? "?" : "&") + "lang=en" : path;
    }

    /** A request parameter as a page number: 1 when absent or not a small positive number. */
    public static int pageNumber(String value) {
        return value != null && value.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(value) : 1;
    }

    /** A file size as people read it: "240 KB", "1,2 MB" (Vietnamese decimal comma) or "1.2 MB". */
    public static String size(long bytes, boolean english) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        String megabytes = String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return (english ? megabytes : megabytes.replace('.', ',')) + " MB";
    }

    /** {@code path} as a valid URL path: characters a path may not hold are percent-encoded (UTF-8), so a link is always well-formed. */
    public static String path(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean percentEscape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (b < 0x80 && (Character.isLetterOrDigit(b) || "-._~/!$&'()*+,;=:@".indexOf(b) >= 0 || percentEscape)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16))).append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
