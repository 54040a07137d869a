package dev.congkit.audit.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and years as Vietnamese pages write them: 28/11/2026, 28-11-2026, 2026-11-28, "ngày 28 tháng 11 năm 2026". */
public final class Dates {

    /** A date seen on a page, with the element that shows it. */
    public record Seen(LocalDate date, Element element) {
    }

    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern WORDS = Pattern.compile("(?i)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–—/]\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})(?![\\d/-])");

    private Dates() {
    }

    /** Every date in {@code text}. */
    public static List<LocalDate> in(String text) {
        List<LocalDate> dates = new ArrayList<>();
        collect(DMY.matcher(text), 1, 2, 3, dates);
        collect(WORDS.matcher(text), 1, 2, 3, dates);
        collect(ISO.matcher(text), 3, 2, 1, dates);
        return dates;
    }

    /** Every visible date under {@code root} (text and {@code time[datetime]}), with its element; one walk of the tree. */
    public static List<Seen> under(Element root, Element excluded) {
        List<Seen> seen = new ArrayList<>();
        if (Html.hidden(root)) {
            return seen;
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e == excluded || Html.hiddenItself(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("time".equals(e.normalName()) && e.hasAttr("datetime")) {
                    in(e.attr("datetime")).forEach(d -> seen.add(new Seen(d, e)));
                    return FilterResult.CONTINUE;
                }
                String own = e.ownText();
                if (!own.isBlank() && own.chars().anyMatch(Character::isDigit)) {
                    in(own).forEach(d -> seen.add(new Seen(d, e)));
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return seen;
    }

    /**
     * The last year a text ties itself to: the end of a range ("1930 - 2015") or the latest single
     * year. Empty when the text names no year.
     */
    public static OptionalInt lastYear(String text) {
        int last = -1;
        Matcher range = RANGE.matcher(text);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (range.find()) {
            last = Math.max(last, Integer.parseInt(range.group(2)));
            rest.append(text, from, range.start()).append(' ');
            from = range.end();
        }
        rest.append(text.substring(from));
        Matcher year = YEAR.matcher(rest);
        while (year.find()) {
            last = Math.max(last, Integer.parseInt(year.group(1)));
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    private static void collect(Matcher matcher, int day, int month, int year, List<LocalDate> into) {
        while (matcher.find()) {
            try {
                into.add(LocalDate.of(Integer.parseInt(matcher.group(year)), Integer.parseInt(matcher.group(month)),
                        Integer.parseInt(matcher.group(day))));
            } catch (DateTimeException e) {
                // 31/02 and the like are not dates: skip them
            }
        }
    }
}
