package dev.congkit.core.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vietnam's public holidays, from versioned data shipped as the rule sets are
 * ({@value #RESOURCE}): each version of the Labour Code from the day it took effect, its fixed dates,
 * Tết and Giỗ Tổ Hùng Vương from the lunar calendar, the day beside 2/9 as announced each year, and the
 * compensatory day the law gives when a holiday falls on a Saturday or Sunday (the next working day).
 * A site's {@code workCalendar} adds only what is announced beyond that: swapped working days and
 * extra days off.
 *
 * <p>Example:
 * <pre>{@code
 * Holidays holidays = Holidays.builtIn();
 * holidays.of(2023).contains(LocalDate.of(2023, 9, 4));   // true: 2/9/2023 was a Saturday, 4/9 its compensatory day
 * holidays.versionFor(2026).law();                          // "Bộ luật Lao động 2019, Điều 112"
 * }</pre>
 */
public final class Holidays {

    /** The class-path resource holding the versions and the announcements. */
    public static final String RESOURCE = "META-INF/congkit/holidays.json";

    /**
     * One version of the law's holidays.
     *
     * <p>Example:
     * <pre>{@code
     * Holidays.Version law = Holidays.builtIn().versionFor(2026);
     * law.fixed();                 // [--01-01, --04-30, --05-01, --09-02]
     * law.nationalDayAdjacent();   // true: a day beside 2/9 too
     * }</pre>
     *
     * @param id                  a short name, e.g. {@code bllđ-2019}
     * @param law                 the article that sets them
     * @param validFrom           the day it took effect
     * @param fixed               the holidays by calendar date
     * @param tetDaysBefore       days off before mùng 1 Tết (the last day of the lunar year)
     * @param tetDaysFrom         days off from mùng 1 Tết on
     * @param hungKingsDay        whether 10/3 âm lịch is a holiday
     * @param nationalDayAdjacent whether a day beside 2/9 is one too
     */
    public record Version(String id, String law, LocalDate validFrom, List<MonthDay> fixed, int tetDaysBefore, int tetDaysFrom,
                          boolean hungKingsDay, boolean nationalDayAdjacent) {
        public Version {
            fixed = List.copyOf(fixed);
        }
    }

    private static volatile Holidays builtIn;

    private final List<Version> versions;
    private final Map<Integer, LocalDate> announcedAdjacent;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private Holidays(List<Version> versions, Map<Integer, LocalDate> announcedAdjacent) {
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::validFrom));
        this.versions = List.copyOf(sorted);
        this.announcedAdjacent = Map.copyOf(announcedAdjacent);
    }

    /** The holidays shipped with CổngKit. */
    public static Holidays builtIn() {
        Holidays known = builtIn;
        if (known == null) {
            known = read();
            builtIn = known;
        }
        return known;
    }

    /** The versions, oldest first. */
    public List<Version> versions() {
        return versions;
    }

    /** The version in force on 1 January of {@code year} (the earliest for years before it). */
    public Version versionFor(int year) {
        LocalDate newYear = LocalDate.of(year, 1, 1);
        Version chosen = versions.get(0);
        for (Version version : versions) {
            if (!version.validFrom().isAfter(newYear)) {
                chosen = version;
            }
        }
        return chosen;
    }

    /** Every public holiday of {@code year}, compensatory days included. */
    public Set<LocalDate> of(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    /** The day beside 2/9 in {@code year}: as announced, else the one that joins 2/9 to a weekend (until it is announced). */
    public LocalDate nationalDayAdjacent(int year) {
        LocalDate announced = announcedAdjacent.get(year);
        if (announced != null) {
            return announced;
        }
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        return switch (nationalDay.getDayOfWeek()) {
            case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
            default -> nationalDay.minusDays(1);
        };
    }

    private Set<LocalDate> compute(int year) {
        Version version = versionFor(year);
        TreeSet<LocalDate> days = new TreeSet<>();
        version.fixed().forEach(day -> days.add(day.atYear(year)));
        LocalDate tet = LunarCalendar.newYear(year);
        for (int offset = -version.tetDaysBefore(); offset < version.tetDaysFrom(); offset++) {
            days.add(tet.plusDays(offset));
        }
        if (version.hungKingsDay()) {
            days.add(LunarCalendar.hungKingsDay(year));
        }
        if (version.nationalDayAdjacent()) {
            days.add(nationalDayAdjacent(year));
        }
        // the law's compensatory day: a holiday on a Saturday or Sunday gives the next working day off
        for (LocalDate holiday : new ArrayList<>(days)) {
            if (weekend(holiday)) {
                LocalDate next = holiday.plusDays(1);
                while (weekend(next) || days.contains(next)) {
                    next = next.plusDays(1);
                }
                days.add(next);
            }
        }
        return Collections.unmodifiableSet(days);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Holidays read() {
        try (InputStream in = Holidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Version> versions = new ArrayList<>();
            for (JsonNode v : root.path("versions")) {
                List<MonthDay> fixed = new ArrayList<>();
                v.path("fixed").forEach(day -> fixed.add(MonthDay.parse("--" + day.asText())));
                versions.add(new Version(v.path("id").asText(), v.path("law").asText(), LocalDate.parse(v.path("validFrom").asText()), fixed,
                        v.path("tetDaysBefore").asInt(), v.path("tetDaysFrom").asInt(), v.path("hungKingsDay").asBoolean(),
                        v.path("nationalDayAdjacent").asBoolean()));
            }
            Map<Integer, LocalDate> adjacent = new TreeMap<>();
            root.path("nationalDayAdjacent").fields().forEachRemaining(e -> adjacent.put(Integer.parseInt(e.getKey()), LocalDate.parse(e.getValue().asText())));
            if (versions.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " lists no version");
            }
            return new Holidays(versions, adjacent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
