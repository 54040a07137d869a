package dev.congkit.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run made worse, site by site, against each site's previous result: it can no longer be
 * read, its score fell, or requirements it met are now failed. In Vietnamese, for the office.
 *
 * <p>Example:
 * <pre>{@code
 * List<Alert> worse = Regressions.of(store, runId);
 * worse.forEach(a -> System.out.println(a.line()));   // "Xã Mẫu Sơn (16555): chưa đạt thêm SEARCH"
 * }</pre>
 */
public final class Regressions {

    private Regressions() {
    }

    public static List<Alert> of(MonitorStore store, long runId) {
        List<Alert> alerts = new ArrayList<>();
        for (MonitorStore.Result now : store.results(runId)) {
            Optional<MonitorStore.Result> before = store.previous(now.site().id(), runId);
            if (before.isEmpty()) {
                continue;
            }
            MonitoredSite site = now.site().site();
            MonitorStore.Result was = before.get();
            if (was.reachable() && !now.reachable()) {
                alerts.add(new Alert(site.code(), site.name(), Alert.Kind.UNREACHABLE, "không truy cập được (lượt trước vẫn đọc được)"));
                continue;
            }
            if (was.score() != null && now.score() != null && now.score() < was.score() - 1e-9) {
                alerts.add(new Alert(site.code(), site.name(), Alert.Kind.SCORE_DOWN,
                        "điểm giảm từ " + Math.round(was.score() * 100) + " % xuống " + Math.round(now.score() * 100) + " %"));
            }
            Map<String, String> earlier = store.verdicts(was.runId(), now.site().id());
            List<String> newlyFailing = store.verdicts(runId, now.site().id()).entrySet().stream()
                    .filter(v -> v.getValue().equals("fail") && earlier.containsKey(v.getKey()) && !earlier.get(v.getKey()).equals("fail"))
                    .map(Map.Entry::getKey).toList();
            if (!newlyFailing.isEmpty()) {
                alerts.add(new Alert(site.code(), site.name(), Alert.Kind.NEWLY_FAILING, "chưa đạt thêm " + String.join(", ", newlyFailing)));
            }
        }
        return List.copyOf(alerts);
    }
}
