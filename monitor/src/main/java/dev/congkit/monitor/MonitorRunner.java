package dev.congkit.monitor;

import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.Auditor;
import dev.congkit.audit.BatchAudit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs audits of the listed sites with the auditor's politeness (robots.txt, a per-host limit,
 * deadlines) and at most {@code concurrency} sites at a time, grouped by rule set. Each site's
 * result is stored as soon as its audit ends; a run the service was stopped in is taken up again
 * for the sites it had not reached, and nothing is stored twice.
 *
 * <p>Example:
 * <pre>{@code
 * MonitorRunner runner = new MonitorRunner(store, AuditOptions.defaults().withRuleSet("vn-nd224-2026"), 4);
 * runner.resumeInterrupted();          // at start: a run stopped midway goes on
 * runner.run("HAND");                  // one run over every listed site, now
 * }</pre>
 */
public final class MonitorRunner {

    private final MonitorStore store;
    private final AuditOptions options;
    private final int concurrency;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile java.util.function.LongConsumer finished = runId -> { };

    /** @param options the audit's options; a site's own rule set, when the list names one, replaces theirs */
    public MonitorRunner(MonitorStore store, AuditOptions options, int concurrency) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency: must be at least 1, but was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /** Told the id of each run that ends (the service sends its alerts then). */
    public void onFinished(java.util.function.LongConsumer listener) {
        this.finished = Objects.requireNonNull(listener, "listener");
    }

    /** Whether a run is going on now. */
    public boolean running() {
        return busy.get();
    }

    /**
     * One run over every listed site; nothing when a run is already going on.
     *
     * @return the run's id, or -1 when another run was going on
     */
    public long run(String startedBy) {
        if (!busy.compareAndSet(false, true)) {
            return -1;
        }
        try {
            long runId = store.startRun(startedBy, store.sites().size());
            audit(runId);
            return runId;
        } finally {
            busy.set(false);
        }
    }

    /** Takes up every run the service was stopped in, for the sites it had not reached. */
    public void resumeInterrupted() {
        for (MonitorStore.Run run : store.interruptRunning()) {
            if (!busy.compareAndSet(false, true)) {
                return;
            }
            try {
                store.resume(run.id());
                audit(run.id());
            } finally {
                busy.set(false);
            }
        }
    }

    /** Stores a site's report in the run unless it is there; one at a time, so the progress call and the end of the batch never race. */
    private synchronized void keep(long runId, long siteId, dev.congkit.audit.SiteReport report) {
        try {
            store.saveResult(runId, siteId, report);
        } catch (MonitorException stopping) {
            // the database closed under a stopping service: this site is audited again when the run is taken up
        }
    }

    private void audit(long runId) {
        // a service runs for months: each run judges as of its own day
        AuditOptions today = options.withDate(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        Set<Long> done = store.audited(runId);
        Map<String, List<MonitorStore.StoredSite>> byRuleSet = new LinkedHashMap<>();
        for (MonitorStore.StoredSite site : store.sites()) {
            if (!done.contains(site.id())) {
                byRuleSet.computeIfAbsent(site.site().ruleSet() == null ? "" : site.site().ruleSet(), r -> new ArrayList<>()).add(site);
            }
        }
        for (Map.Entry<String, List<MonitorStore.StoredSite>> group : byRuleSet.entrySet()) {
            if (Thread.currentThread().isInterrupted()) {
                return;   // the service is stopping: the run stays RUNNING and is taken up at the next start
            }
            AuditOptions groupOptions = group.getKey().isEmpty() ? today : today.withRuleSet(group.getKey());
            Map<String, Deque<Long>> ids = new HashMap<>();
            List<String> targets = new ArrayList<>();
            for (MonitorStore.StoredSite site : group.getValue()) {
                ids.computeIfAbsent(site.site().url(), u -> new ArrayDeque<>()).add(site.id());
                targets.add(site.site().url());
            }
            try {
                List<dev.congkit.audit.SiteReport> reports = new BatchAudit(new Auditor(groupOptions), concurrency).run(targets, (finished, total, report) -> {
                    Deque<Long> waiting = ids.get(report.target());
                    Long siteId = waiting == null ? null : waiting.poll();
                    if (siteId != null) {
                        keep(runId, siteId, report);
                    }
                });
                // the batch can return before the last progress call has stored its report: store every report now, once
                for (int i = 0; i < reports.size(); i++) {
                    keep(runId, group.getValue().get(i).id(), reports.get(i));
                }
            } catch (IllegalStateException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        store.finishRun(runId);
        finished.accept(runId);
    }
}
