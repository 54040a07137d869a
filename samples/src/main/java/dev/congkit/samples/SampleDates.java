package dev.congkit.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * Keeps the bundled sample valid on any date: every date in it moves by the same whole number of
 * weeks (ISO weeks such as {@code 2026-W48} too), so that the sample's {@code updated} date falls in
 * the current week and weekdays are kept
 * (this week's schedule stays this week's, an expired banner stays expired). Real sites hold
 * absolute dates and are never shifted.
 */
final class SampleDates {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T.*)?");
    private static final Pattern WEEK = Pattern.compile("[0-9]{4}-W[0-9]{2}");

    private SampleDates() {
    }

    /** Shifts {@code site} in place so that its {@code updated} date lies in the week of {@code today}. */
    static void shift(ObjectNode site, LocalDate today) {
        LocalDate anchor = LocalDate.parse(site.path("updated").asText());
        long weeks = ChronoUnit.WEEKS.between(monday(anchor), monday(today));
        if (weeks != 0) {
            shift(site, weeks * 7);
        }
    }

    private static void shift(JsonNode node, long days) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(entry -> {
                if (isDate(entry.getValue())) {
                    entry.setValue(moved(entry.getValue().textValue(), days));
                } else {
                    shift(entry.getValue(), days);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isDate(array.get(i))) {
                    array.set(i, moved(array.get(i).textValue(), days));
                } else {
                    shift(array.get(i), days);
                }
            }
        }
    }

    private static boolean isDate(JsonNode node) {
        return node.isTextual() && (DATE.matcher(node.textValue()).matches() || WEEK.matcher(node.textValue()).matches());
    }

    private static TextNode moved(String text, long days) {
        if (WEEK.matcher(text).matches()) {
            LocalDate monday = LocalDate.parse(text + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE).plusDays(days);
            return TextNode.valueOf(String.format("%d-W%02d", monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        LocalDate date = LocalDate.parse(text.substring(0, 10)).plusDays(days);
        return TextNode.valueOf(date + text.substring(10));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
