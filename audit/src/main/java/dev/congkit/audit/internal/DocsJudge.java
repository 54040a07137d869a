package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DOCS-LIST: the commune's documents in a list of their own (not as news), each row with a number
 * and symbol ("05/QĐ-UBND") and a date, and a way to search them. The list is a page reached by a
 * link named for documents ("Văn bản của xã", "Văn bản chỉ đạo điều hành") or headed so; its rows
 * are table rows or list items. How many documents it shows, and how many of the last 30 days, are
 * given for the officer.
 */
public final class DocsJudge implements Judge {

    private static final Pattern DOCUMENTS = Pattern.compile("văn bản");
    private static final String PART = "[A-ZĐ][A-ZĐa-zđ0-9]*";
    /** A number and symbol as Nghị định 30/2020 writes it, the state's and the Party's forms. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d/])(\\d{1,5}[a-z]?(/(19|20)\\d{2})?/" + PART + "(-" + PART + ")+"
            + "|\\d{1,5}-" + PART + "/" + PART + "(-" + PART + ")*)(?![\\p{L}\\d])");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Fewer rows than this is no list. */
    private static final int MIN_ROWS = 3;

    private record Listing(Page page, Element list, List<LocalDate> dates, int rows) {
    }

    @Override
    public void judge(SiteAudit site) {
        if (!site.asks("DOCS-LIST")) {
            return;
        }
        Optional<Listing> best = Optional.empty();
        boolean pageFound = false;
        for (Page page : site.pages()) {
            if (!isDocumentsPage(page)) {
                continue;
            }
            pageFound = true;
            Optional<Listing> listing = listing(page);
            if (listing.isPresent() && (best.isEmpty() || listing.get().rows() > best.get().rows())) {
                best = listing;
            }
        }
        if (best.isEmpty()) {
            if (pageFound) {
                site.verdicts().notMet("DOCS-LIST", site.say().t("docs.empty", site.pages().size()), List.of());
            } else {
                site.absent("DOCS-LIST", "docs.none", DOCUMENTS);
            }
            return;
        }
        Listing list = best.get();
        List<Evidence> evidence = List.of(site.evidence(list.page(), list.list(), Html.text(list.list(), 200)));
        if (list.rows() < MIN_ROWS) {
            site.verdicts().notMet("DOCS-LIST", site.say().t("docs.few", list.page().url(), list.rows()), evidence);
            return;
        }
        LocalDate newest = list.dates().stream().filter(d -> !d.isAfter(site.today().plusDays(1))).max(LocalDate::compareTo).orElse(null);
        long recent = list.dates().stream().filter(d -> !d.isBefore(site.today().minusDays(30)) && !d.isAfter(site.today().plusDays(1))).count();
        if (!searchable(list.page())) {
            site.verdicts().notMet("DOCS-LIST", site.say().t("docs.noSearch", list.page().url(), list.rows()), evidence);
            return;
        }
        site.verdicts().met("DOCS-LIST", site.say().t("docs.found", list.page().url(), list.rows(), recent,
                newest == null ? "?" : DAY.format(newest)), evidence);
    }

    private static boolean isDocumentsPage(Page page) {
        String named = Html.lower(page.reachedBy() + " " + page.title());
        if (page.depth() > 0 && DOCUMENTS.matcher(named).find() && !named.contains("pháp luật")) {
            return true;
        }
        return page.body().select("h1, h2").stream().anyMatch(h -> DOCUMENTS.matcher(Html.lower(Html.text(h))).find()
                && h.closest("nav, header, footer, a") == null);
    }

    /** The table or list with the most rows holding a number and symbol and a date. */
    private static Optional<Listing> listing(Page page) {
        Element main = page.regions().main().orElse(page.body());
        Listing best = null;
        for (Element container : main.select("table, ul, ol")) {
            if (container.closest("nav, header, footer") != null) {
                continue;
            }
            int rows = 0;
            List<LocalDate> dates = new ArrayList<>();
            for (Element row : container.select(container.normalName().equals("table") ? "tr" : "> li")) {
                String text = Html.text(row);
                List<LocalDate> seen = new ArrayList<>(Dates.in(text));
                row.select("time[datetime]").forEach(t -> Dates.in(t.attr("datetime")).forEach(seen::add));
                if (NUMBER.matcher(text).find() && !seen.isEmpty()) {
                    rows++;
                    dates.add(seen.get(0));
                }
            }
            if (rows > 0 && (best == null || rows > best.rows())) {
                best = new Listing(page, container, dates, rows);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A search box on the list's page: a text or search input in a form. */
    private static boolean searchable(Page page) {
        return !page.body().select("form input[type=search], form input[type=text], form input:not([type])").isEmpty();
    }
}
