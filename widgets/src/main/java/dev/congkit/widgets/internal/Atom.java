package dev.congkit.widgets.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an Atom feed (RFC 4287): the feed's id, title, updated, author and self/alternate links,
 * then entries with id, title, updated, published, alternate link, summary and enclosures. Text is
 * XML-escaped, characters XML forbids are dropped. Internal.
 */
public final class Atom {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final StringBuilder xml = new StringBuilder(8192);

    /** One entry. */
    public record Entry(String id, String title, LocalDateTime updated, LocalDateTime published, String link, String summary,
                        String author, String category, List<Enclosure> enclosures) {
    }

    /** A file linked with {@code rel="enclosure"}. */
    public record Enclosure(String href, String title, String type, Long length) {
    }

    public Atom(String lang, String id, String title, String subtitle, LocalDateTime updated, String author, String selfUrl,
                String pageUrl) {
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(escape(lang)).append("\">\n");
        element("  ", "id", id);
        element("  ", "title", title);
        if (subtitle != null) {
            element("  ", "subtitle", subtitle);
        }
        element("  ", "updated", time(updated));
        xml.append("  <author>");
        element("", "name", author);
        xml.append("</author>\n");
        link("  ", "self", selfUrl, "application/atom+xml", null, null);
        link("  ", "alternate", pageUrl, "text/html", null, null);
        xml.append("  <generator>CổngKit</generator>\n");
    }

    public Atom entry(Entry entry) {
        xml.append("  <entry>\n");
        element("    ", "id", entry.id());
        element("    ", "title", entry.title());
        element("    ", "updated", time(entry.updated()));
        element("    ", "published", time(entry.published()));
        link("    ", "alternate", entry.link(), "text/html", null, null);
        if (entry.author() != null) {
            xml.append("    <author>");
            element("", "name", entry.author());
            xml.append("</author>\n");
        }
        if (entry.category() != null) {
            xml.append("    <category term=\"").append(escape(entry.category())).append("\"/>\n");
        }
        for (Enclosure file : entry.enclosures()) {
            link("    ", "enclosure", file.href(), file.type(), file.title(), file.length());
        }
        if (entry.summary() != null) {
            element("    ", "summary", entry.summary());
        }
        xml.append("  </entry>\n");
        return this;
    }

    public String end() {
        return xml.append("</feed>\n").toString();
    }

    /** RFC 3339 in Vietnam's offset: {@code 2026-01-12T08:00:00+07:00}. */
    public static String time(LocalDateTime local) {
        return local.atZone(VIETNAM).withNano(0).format(RFC3339);
    }

    private void element(String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        if (!indent.isEmpty()) {
            xml.append('\n');
        }
    }

    private void link(String indent, String rel, String href, String type, String title, Long length) {
        xml.append(indent).append("<link rel=\"").append(rel).append("\" href=\"").append(escape(href)).append('"');
        if (type != null) {
            xml.append(" type=\"").append(escape(type)).append('"');
        }
        if (title != null) {
            xml.append(" title=\"").append(escape(title)).append('"');
        }
        if (length != null) {
            xml.append(" length=\"").append(length).append('"');
        }
        xml.append("/>\n");
    }

    /** XML text and attribute value: markup characters escaped, characters XML 1.0 forbids dropped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed) {
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
