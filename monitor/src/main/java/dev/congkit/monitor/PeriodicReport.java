package dev.congkit.monitor;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The office's periodic report over a {@link ReportPeriod}: for each listed unit, how many audits
 * the period holds, how many found the portal unreachable, the average and the last score, and the
 * requirements failed at the last audit; with the province's totals.
 *
 * <p>Example:
 * <pre>{@code
 * PeriodicReport report = PeriodicReport.of(store, ReportPeriod.month(YearMonth.of(2026, 12)));
 * report.rows().forEach(r -> System.out.println(r.name() + " " + r.averageText()));
 * }</pre>
 */
public record PeriodicReport(ReportPeriod period, List<Row> rows) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public PeriodicReport {
        rows = List.copyOf(rows);
    }

    /**
     * One unit's line.
     *
     * <p>Example:
     * <pre>{@code
     * new PeriodicReport.Row("16555", "Xã Mẫu Sơn", "https://mauson.thanhhoa.gov.vn/", 30, 1, OptionalDouble.of(0.9), OptionalDouble.of(0.92), List.of("SEARCH"));
     * }</pre>
     */
    public record Row(String code, String name, String url, int audits, int unreachable, OptionalDouble average, OptionalDouble last,
                      List<String> failingAtEnd) {
        public Row {
            failingAtEnd = List.copyOf(failingAtEnd);
        }

        public String averageText() {
            return percent(average);
        }

        public String lastText() {
            return percent(last);
        }
    }

    public static PeriodicReport of(MonitorStore store, ReportPeriod period) {
        var from = period.from().atStartOfDay(VIETNAM).toInstant();
        var to = period.to().plusDays(1).atStartOfDay(VIETNAM).toInstant();
        Map<Long, List<MonitorStore.Result>> bySite = new LinkedHashMap<>();
        store.sites().forEach(site -> bySite.put(site.id(), new ArrayList<>()));
        for (MonitorStore.Result result : store.resultsBetween(from, to)) {
            bySite.computeIfAbsent(result.site().id(), id -> new ArrayList<>()).add(result);
        }
        List<Row> rows = new ArrayList<>();
        for (MonitorStore.StoredSite site : store.sites()) {
            List<MonitorStore.Result> results = bySite.getOrDefault(site.id(), List.of());
            OptionalDouble average = results.stream().filter(r -> r.reachable() && r.score() != null).mapToDouble(MonitorStore.Result::score).average();
            MonitorStore.Result last = results.isEmpty() ? null : results.get(results.size() - 1);
            List<String> failing = last == null ? List.of() : store.verdicts(last.runId(), site.id()).entrySet().stream()
                    .filter(v -> v.getValue().equals("fail")).map(Map.Entry::getKey).toList();
            rows.add(new Row(site.site().code(), site.site().name(), site.site().url(), results.size(), (int) results.stream().filter(r -> !r.reachable()).count(),
                    average, last == null || !last.reachable() || last.score() == null ? OptionalDouble.empty() : OptionalDouble.of(last.score()), failing));
        }
        return new PeriodicReport(period, rows);
    }

    /** The average over the units that have one. */
    public OptionalDouble average() {
        return rows.stream().filter(r -> r.average().isPresent()).mapToDouble(r -> r.average().getAsDouble()).average();
    }

    static String percent(OptionalDouble score) {
        return score.isPresent() ? Math.round(score.getAsDouble() * 100) + " %" : "";
    }
}
