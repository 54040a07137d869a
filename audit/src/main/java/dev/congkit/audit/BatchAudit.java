package dev.congkit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private final Auditor auditor;
    private final int concurrency;

    public BatchAudit(Auditor auditor, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, but was " + concurrency);
        }
        this.auditor = auditor;
        this.concurrency = concurrency;
    }

    public List<SiteReport> run(List<String> targets, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, targets.size())), runnable -> {
            Thread thread = new Thread(runnable, "congkit-audit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger finished = new AtomicInteger();
            List<Future<SiteReport>> futures = new ArrayList<>();
            for (String target : targets) {
                futures.add(pool.submit(() -> {
                    SiteReport report = auditor.audit(target);
                    synchronized (progress) {
                        progress.done(finished.incrementAndGet(), targets.size(), report);
                    }
                    return report;
                }));
            }
            List<SiteReport> reports = new ArrayList<>();
            for (Future<SiteReport> future : futures) {
                reports.add(future.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch audit was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a site's audit failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
