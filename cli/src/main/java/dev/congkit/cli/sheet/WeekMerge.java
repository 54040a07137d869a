package dev.congkit.cli.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Where an imported entry goes in {@code leaderSchedule.weeks}: its week, in date and time order, replacing a twin. */
final class WeekMerge {

    private WeekMerge() {
    }

    /** Puts {@code entry} where an entry of the same date and start time was (keeping its id), else adds it. */
    static boolean place(ArrayNode entries, ObjectNode entry) {
        for (int i = 0; i < entries.size(); i++) {
            JsonNode old = entries.get(i);
            if (old.path("date").asText().equals(entry.get("date").asText())
                    && LocalTime.parse(old.path("start").asText()).equals(LocalTime.parse(entry.get("start").asText()))) {
                if (withoutBookkeeping(old).equals(withoutBookkeeping(entry))) {
                    return true;   // the same row imported again: nothing changes
                }
                if (old.has("id")) {
                    entry.put("id", old.get("id").asText());
                }
                // a published entry changed: calendars that subscribed see a new revision
                entry.put("changed", true).put("sequence", old.path("sequence").asInt(old.path("changed").asBoolean() ? 1 : 0) + 1);
                entries.set(i, entry);
                return true;
            }
        }
        entries.add(entry);
        return false;
    }

    private static ObjectNode withoutBookkeeping(JsonNode entry) {
        ObjectNode copy = ((ObjectNode) entry).deepCopy();
        copy.remove(List.of("id", "changed", "sequence", "cancelled"));
        return copy;
    }

    static ObjectNode week(ArrayNode weeks, String key) {
        for (JsonNode week : weeks) {
            if (week.path("week").asText().equals(key)) {
                return (ObjectNode) week;
            }
        }
        ObjectNode week = weeks.addObject().put("week", key);
        List<JsonNode> sorted = new ArrayList<>();
        weeks.forEach(sorted::add);
        sorted.sort(Comparator.comparing(w -> w.path("week").asText()));
        weeks.removeAll();
        sorted.forEach(weeks::add);
        return week;
    }

    static void sort(ArrayNode entries) {
        List<JsonNode> sorted = new ArrayList<>();
        entries.forEach(sorted::add);
        sorted.sort(Comparator.comparing((JsonNode e) -> e.path("date").asText()).thenComparing(e -> LocalTime.parse(e.path("start").asText("00:00"))));
        entries.removeAll();
        sorted.forEach(entries::add);
    }
}
