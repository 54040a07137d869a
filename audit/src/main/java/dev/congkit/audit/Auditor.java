package dev.congkit.audit;

import dev.congkit.audit.internal.ArticleJudge;
import dev.congkit.audit.internal.BannerJudge;
import dev.congkit.audit.internal.BrowserJudge;
import dev.congkit.audit.internal.DocsJudge;
import dev.congkit.audit.internal.Crawler;
import dev.congkit.audit.internal.Fetcher;
import dev.congkit.audit.internal.FooterJudge;
import dev.congkit.audit.internal.FreshnessJudge;
import dev.congkit.audit.internal.ImageAltJudge;
import dev.congkit.audit.internal.Judge;
import dev.congkit.audit.internal.MaintenanceJudge;
import dev.congkit.audit.internal.RatingJudge;
import dev.congkit.audit.internal.MenuJudge;
import dev.congkit.audit.internal.Page;
import dev.congkit.audit.internal.PeopleJudge;
import dev.congkit.audit.internal.ProcessJudge;
import dev.congkit.audit.internal.Say;
import dev.congkit.audit.internal.ScheduleJudge;
import dev.congkit.audit.internal.SiteAudit;
import dev.congkit.audit.internal.SiteFetcher;
import dev.congkit.audit.internal.SitemapJudge;
import dev.congkit.audit.internal.StructureJudge;
import dev.congkit.audit.internal.Verdicts;
import dev.congkit.audit.internal.browser.Browser;
import dev.congkit.audit.internal.browser.Rendering;
import dev.congkit.core.check.Severity;
import dev.congkit.core.rules.EffectiveRules;
import dev.congkit.core.rules.Rule;
import dev.congkit.core.rules.RuleSet;
import dev.congkit.core.rules.RuleSets;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Audits any portal, built with CổngKit or not, against a rule set: reads the target page (a URL or
 * a saved HTML file) and the pages it links to on the same site, and gives a verdict on every
 * requirement of the rule set.
 * <pre>{@code
 * Auditor auditor = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023"));
 * SiteReport report = auditor.audit("https://mauson.thanhhoa.gov.vn/");
 * report.findings().forEach(f -> System.out.println(f.status().id() + " " + f.requirement()));
 * }</pre>
 * An unreachable target or broken markup gives a report, never an exception. One auditor may audit
 * many sites at once; it shares its per-host limits between them. In browser mode
 * ({@link AuditOptions#withBrowser}) it starts one Chromium on its first audit and renders the home
 * pages one at a time; {@link #close()} ends it.
 */
public final class Auditor implements AutoCloseable {

    private static final List<Judge> JUDGES = List.of(new BrowserJudge(), new MenuJudge(), new BannerJudge(), new ImageAltJudge(), new FooterJudge(),
            new PeopleJudge(), new ScheduleJudge(), new ArticleJudge(), new DocsJudge(), new MaintenanceJudge(), new RatingJudge(), new StructureJudge(), new SitemapJudge(),
            new FreshnessJudge(), new ProcessJudge());

    private final AuditOptions options;
    private final EffectiveRules rules;
    private final Fetcher fetcher;
    private final Say say;
    private Browser browser;
    private String browserProblem;
    private String axe;

    /**
     * @throws IllegalArgumentException when the rule set is unknown or no national set is in force on the date
     */
    public Auditor(AuditOptions options) {
        this(options, RuleSets.builtIn());
    }

    public Auditor(AuditOptions options, RuleSets sets) {
        this.options = options;
        this.rules = sets.effective(options.ruleSet(), options.date());
        this.fetcher = new Fetcher(options.timeout(), options.userAgent(), options.perHost(), options.acceptBrokenTls(),
                options.maxBytes());
        this.say = new Say(options.locale());
    }

    public EffectiveRules rules() {
        return rules;
    }

    public AuditOptions options() {
        return options;
    }

    Say say() {
        return say;
    }

    /**
     * Audits one site. Whatever the site serves, this returns a report: a site that cannot be read,
     * or whose pages break the auditor, gets a report saying so.
     */
    public SiteReport audit(String target) {
        try {
            return auditSite(target);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(target, say.t("note.failed", e.getClass().getSimpleName()));
        }
    }

    /** The report of a site whose audit could not be completed: every requirement cannot be judged, for the reason given. */
    SiteReport failed(String target, String note) {
        return unreachable(target, "", new ArrayList<>(List.of(note)));
    }

    private SiteReport auditSite(String target) {
        List<String> notes = new ArrayList<>();
        Optional<URI> uri = locate(target.strip(), notes);
        if (uri.isEmpty()) {
            return unreachable(target, "", notes);
        }
        SiteFetcher site = new SiteFetcher(fetcher, uri.get(), options.ignoreRobots(), options.allowPrivateAddresses(),
                options.siteTimeout(), options.maxSiteBytes());
        Optional<String> unreadable = site.robotsUnreadable();
        if (unreadable.isPresent() || site.robotsRefusal(uri.get()).isPresent()) {
            notes.add(unreadable.isPresent() ? say.t("note.robotsUnreadable", unreadable.get()) : say.t("note.robots"));
            return unreachable(target, uri.get().toString(), notes);
        }
        Fetcher.Response response = site.get(uri.get());
        if (!response.ok()) {
            notes.add(say.t("note.unreachable", response.error() != null ? response.error() : "HTTP " + response.status()));
            return unreachable(target, response.uri().toString(), notes);
        }
        Optional<Page> home = Page.parse(response, 0, "");
        if (home.isEmpty()) {
            notes.add(say.t("note.notHtml", response.contentType()));
            return unreachable(target, response.uri().toString(), notes);
        }
        if (response.tlsUnverified()) {
            notes.add(say.t("note.tls"));
        }
        if (options.ignoreRobots() && !site.savedFile()) {
            notes.add(say.t("note.robotsIgnored"));
        }
        Optional<Rendering> rendering = options.browserMode() ? render(site, response.uri(), notes) : Optional.empty();
        Page start = rendering.map(r -> Page.rendered(home.get(), r.html())).orElse(home.get());
        List<String> broken = new ArrayList<>();
        List<Page> pages = new Crawler(site, options.maxPages(), options.maxDepth()).crawl(start, broken);
        if (!broken.isEmpty() && site.savedFile()) {
            notes.add(say.t("note.brokenSaved", broken.size()));
        } else if (!broken.isEmpty()) {
            notes.add(say.t("note.broken", broken.size(), String.join("; ", broken.subList(0, Math.min(3, broken.size())))));
        }
        if (site.expired()) {
            notes.add(say.t("note.siteTimeout", options.siteTimeout().toSeconds(), pages.size()));
        } else if (site.budgetSpent()) {
            notes.add(say.t("note.siteBytes", options.maxSiteBytes() / (1024 * 1024), pages.size()));
        }
        SiteAudit audit = new SiteAudit(pages.get(0), pages, broken, site, rules, options.date(), say, rendering);
        for (Judge judge : JUDGES) {
            try {
                judge.judge(audit);
            } catch (RuntimeException | StackOverflowError e) {
                notes.add(say.t("note.judgeFailed", judge.getClass().getSimpleName(), e.getClass().getSimpleName()));
            }
        }
        List<AuditFinding> findings = new ArrayList<>();
        for (Map.Entry<String, Rule> entry : rules.all().entrySet()) {
            Verdicts.Verdict verdict = audit.verdicts().get(entry.getKey());
            findings.add(verdict == null
                    ? finding(entry.getKey(), entry.getValue(), Status.CANNOT_JUDGE, say.t("noCheck"), List.of())
                    : finding(entry.getKey(), entry.getValue(), status(verdict.outcome(), entry.getValue().severity()),
                    verdict.message(), verdict.evidence()));
        }
        return new SiteReport(target, home.get().url(), home.get().title(), ruleSetIds(), options.date(), true, notes,
                pages.stream().map(Page::url).toList(), findings,
                rendering.map(r -> List.of(new Screenshot(say.t("shot.home", Browser.WIDTH), Browser.WIDTH, r.screenshotHeight(), r.screenshot(),
                        audit.areas())))
                        .orElse(List.of()));
    }

    /** The home page as the browser drew it; empty, with a note saying why, when it could not be. */
    private Optional<Rendering> render(SiteFetcher site, URI page, List<String> notes) {
        if (site.savedFile()) {
            notes.add(say.t("note.browserSaved"));
            return Optional.empty();
        }
        Optional<Browser> started = browser();
        if (started.isEmpty()) {
            notes.add(say.t("note.browserFailed", browserProblem));
            return Optional.empty();
        }
        try {
            Rendering rendering = started.get().render(site, page, axe, options.renderTimeout());
            rendering.problems().forEach(p -> notes.add(say.t("note.browser." + p.name(), options.renderTimeout().toSeconds() / 2)));
            if (rendering.blocked() > 0) {
                notes.add(say.t("note.browserBlocked", rendering.blocked()));
            }
            return Optional.of(rendering);
        } catch (IOException | RuntimeException e) {
            notes.add(say.t("note.renderFailed", e.getMessage()));
            return Optional.empty();
        }
    }

    private synchronized Optional<Browser> browser() {
        if (browser == null && browserProblem == null) {
            try {
                if (options.axe() != null) {
                    axe = Files.readString(options.axe(), java.nio.charset.StandardCharsets.UTF_8);
                }
                Path binary = Browser.locate(options.browser()).orElseThrow(() -> new IOException(options.browser() + " is not an executable file"));
                browser = Browser.start(binary);
            } catch (IOException | RuntimeException e) {
                browserProblem = e.getMessage();
            }
        }
        return Optional.ofNullable(browser);
    }

    /** Ends the browser of browser mode, if one was started; an auditor without one has nothing to end. */
    @Override
    public synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private Optional<URI> locate(String target, List<String> notes) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(target);
                if (uri.getHost() == null) {
                    throw new java.net.URISyntaxException(target, "no host");
                }
                return Optional.of(uri);
            } catch (java.net.URISyntaxException e) {
                notes.add(say.t("note.badUrl", target));
                return Optional.empty();
            }
        }
        try {
            Path path = Path.of(target);
            if (Files.isRegularFile(path)) {
                return Optional.of(path.toAbsolutePath().normalize().toUri());
            }
        } catch (InvalidPathException e) {
            // neither a URL nor a file name: reported below
        }
        notes.add(say.t("note.noTarget", target));
        return Optional.empty();
    }

    private SiteReport unreachable(String target, String url, List<String> notes) {
        String why = notes.isEmpty() ? "" : notes.get(notes.size() - 1);
        List<AuditFinding> findings = new ArrayList<>();
        for (Map.Entry<String, Rule> entry : rules.all().entrySet()) {
            findings.add(finding(entry.getKey(), entry.getValue(), Status.CANNOT_JUDGE, why, List.of()));
        }
        return new SiteReport(target, url, "", ruleSetIds(), options.date(), false, notes, List.of(), findings);
    }

    private static Status status(Verdicts.Outcome outcome, Severity severity) {
        return switch (outcome) {
            case MET -> Status.PASS;
            case NOT_MET -> severity == Severity.ERROR ? Status.FAIL : Status.WARNING;
            case NOT_APPLICABLE -> Status.NOT_APPLICABLE;
            case CANNOT_JUDGE -> Status.CANNOT_JUDGE;
        };
    }

    private AuditFinding finding(String id, Rule rule, Status status, String message, List<Evidence> evidence) {
        String remedy = "";
        if (status == Status.FAIL || status == Status.WARNING) {
            // the rule set's own words first ("fix": {"vi": …, "en": …}), else CổngKit's line for the requirement
            String own = rule.params().path("fix").path(say.locale().getLanguage()).asText("").strip();
            remedy = own.isEmpty() ? say.find("fix." + id).orElse("") : own;
        }
        return new AuditFinding(id, status, rule.severity(), message, evidence, rule.source(), remedy);
    }

    private List<String> ruleSetIds() {
        return rules.layers().stream().map(RuleSet::id).toList();
    }
}
