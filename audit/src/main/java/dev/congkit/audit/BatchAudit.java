package dev.congkit.audit;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Audits many sites with bounded concurrency, for a supervising office: every target gives a report
 * (an unreachable one says so), in the order the targets were given.
 *
 * <p>Example:
 * <pre>{@code
 * Auditor auditor = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023"));
 * List<SiteReport> reports = new BatchAudit(auditor, 4).run(
 *         List.of("https://mauson.thanhhoa.gov.vn/", "https://camthanh.thanhhoa.gov.vn/"),
 *         (finished, total, report) -> System.err.println(finished + "/" + total + " " + report.target()));
 * ReportFiles.writeBatch(Path.of("bao-cao"), reports, List.of(), ReportHeading.checkedOn(LocalDate.now()), Locale.forLanguageTag("vi"));
 * }</pre>
 */
public final class BatchAudit {

    /**
     * Told after each site: how many are done, of how many, and the report just finished.
     *
     * <p>Example:
     * <pre>{@code
     * BatchAudit.Progress progress = (finished, total, report) ->
     *         System.err.printf("%d/%d %s %s%n", finished, total, report.target(), report.reachable() ? "" : "(unreachable)");
     * }</pre>
     */
    @FunctionalInterface
    public interface Progress {
        void done(int finished, int total, SiteReport report);
    }

    /** Time to judge what was read, on top of the site timeout, before a site's audit counts as overrun. */
    private static final Duration JUDGING = Duration.ofMinutes(1);

    private final Auditor auditor;
    private final int concurrency;

    public BatchAudit(Auditor auditor, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, but was " + concurrency);
        }
        this.auditor = auditor;
        this.concurrency = concurrency;
    }

    /**
     * Audits every target, at most {@code concurrency} at a time. Each site has its own deadline (the
     * auditor's site timeout plus a minute to judge what was read): a site that overruns it, or whose
     * audit fails, gets a report saying so and the others go on.
     */
    public List<SiteReport> run(List<String> targets, Progress progress) {
        Duration limit = auditor.options().siteTimeout().plus(JUDGING);
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger finished = new AtomicInteger();
        List<CompletableFuture<SiteReport>> results = new ArrayList<>();
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("congkit-audit-deadline"));
        try {
            for (String target : targets) {
                slots.acquire();
                CompletableFuture<SiteReport> result = new CompletableFuture<>();
                results.add(result);
                result.whenComplete((report, error) -> {
                    slots.release();
                    synchronized (progress) {
                        progress.done(finished.incrementAndGet(), targets.size(), report);
                    }
                });
                Thread worker = daemon("congkit-audit").newThread(() -> result.complete(auditor.audit(target)));
                timers.schedule(() -> {
                    if (result.complete(auditor.failed(target, auditor.say().t("note.deadline", limit.toSeconds())))) {
                        worker.interrupt();   // its fetches stop; the thread is left to end on its own
                    }
                }, limit.toMillis(), TimeUnit.MILLISECONDS);
                worker.start();
            }
            List<SiteReport> reports = new ArrayList<>();
            for (CompletableFuture<SiteReport> result : results) {
                reports.add(result.join());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch audit was interrupted", e);
        } finally {
            timers.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
