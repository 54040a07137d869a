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
}
