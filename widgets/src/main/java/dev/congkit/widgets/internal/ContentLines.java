package dev.congkit.widgets.internal;

import java.nio.charset.StandardCharsets;

/**
 * Writes the content lines shared by iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2): CRLF
 * line ends, folding at 75 octets without splitting a UTF-8 sequence (a Vietnamese letter takes 2
 * or 3 bytes), and TEXT escaping of backslash, semicolon, comma and newline. Internal.
 */
public final class ContentLines {

    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder(1024);

    /** A property whose value is written as given (already escaped, or a URI or date). */
    public ContentLines raw(String nameAndParams, String value) {
        fold(nameAndParams + ":" + value);
        return this;
    }

    /** A property whose value is free text, escaped. Nothing is written for {@code null}. */
    public ContentLines text(String nameAndParams, String value) {
        if (value != null) {
            raw(nameAndParams, escape(value));
        }
        return this;
    }

    /** A property with several text components separated by {@code ;} (N, ORG, ADR). */
    public ContentLines components(String nameAndParams, String... values) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                joined.append(';');
            }
            joined.append(values[i] == null ? "" : escape(values[i]));
        }
        return raw(nameAndParams, joined.toString());
    }

    /** Escapes TEXT: {@code \ ; ,} and newlines; carriage returns are dropped. */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> { }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A quoted parameter value (RFC 5545 §3.2): double quotes are not allowed inside, so they go. */
    public static String quoteParam(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n]", " ") + "\"";
    }

    private void fold(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
