package dev.congkit.audit.internal;

import dev.congkit.core.text.TextMatch;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Follows the target's links on the same host (for a saved page: files beside it), bounded in depth
 * and count, most telling links first: contacts, schedules, the commune profile, news articles.
 */
public final class Crawler {

    private static final Pattern BINARY = Pattern.compile(
            "(?i).*\\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|svg|bmp|ico|mp3|mp4|avi|wmv|flv|ics|vcf|xml|rss|css|js|json|txt)$");
    private static final List<String> TELLING = List.of(
            "danh bạ", "liên hệ", "lãnh đạo", "lịch công tác", "lịch làm việc", "lịch tiếp", "tiếp công dân",
            "hệ thống chính trị", "tổ chức", "bộ máy", "cơ cấu", "tổng quan", "giới thiệu", "lịch sử", "tự nhiên",
            "bản đồ", "địa giới", "truyền thống", "di tích", "danh lam", "sơ đồ", "english", "tiếng anh", "tin tức",
            "chức năng", "tiểu sử", "văn bản");

    private static final Pattern NEWS_PATH = Pattern.compile("(?i)/(tin-?tuc|news|bai-?viet|tin-?bai)[/-]");

    private record Candidate(URI uri, String name, int depth, int score, long order) {
    }

    /** Links taken from one page, and candidates waiting at once: a page of a million links stays cheap. */
    private static final int LINKS_PER_PAGE = 2_000;
    private static final int WAITING = 5_000;
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::score).reversed()
            .thenComparingInt(Candidate::depth).thenComparingLong(Candidate::order);

    private final SiteFetcher fetcher;
    private final int maxPages;
    private final int maxDepth;

    public Crawler(SiteFetcher fetcher, int maxPages, int maxDepth) {
        this.fetcher = fetcher;
        this.maxPages = maxPages;
        this.maxDepth = maxDepth;
    }

    /** The pages reached from {@code home}, home first; links that fail are listed in {@code broken}. */
    public List<Page> crawl(Page home, List<String> broken) {
        List<Page> pages = new ArrayList<>(List.of(home));
        Set<String> seen = new HashSet<>(Set.of(key(home.uri())));
        TreeSet<Candidate> queue = new TreeSet<>(BEST_FIRST);
        long[] order = {0};
        enqueue(home, seen, queue, order);
        // links that fail cost a request too: at most twice as many requests as pages
        for (int requests = 0; !queue.isEmpty() && pages.size() < maxPages && requests < 2 * maxPages
                && !fetcher.expired() && !fetcher.budgetSpent(); ) {
            Candidate next = queue.pollFirst();
            if (fetcher.robotsRefusal(next.uri()).isPresent()) {
                continue;
            }
            Fetcher.Response response = fetcher.get(next.uri());
            requests++;
            if (!response.ok()) {
                broken.add(next.uri() + " (" + (response.error() != null ? response.error() : "HTTP " + response.status()) + ")");
                continue;
            }
            Page.parse(response, next.depth(), next.name()).ifPresent(page -> {
                pages.add(page);
                if (page.depth() < maxDepth) {
                    enqueue(page, seen, queue, order);
                }
            });
        }
        return pages;
    }

    private void enqueue(Page from, Set<String> seen, TreeSet<Candidate> queue, long[] order) {
        boolean fromNews = TextMatch.normalise(from.reachedBy()).contains("tin");
        int taken = 0;
        for (Element link : from.document().select("a[href]")) {
            if (taken == LINKS_PER_PAGE) {
                break;
            }
            URI uri = resolve(link.attr("abs:href"));
            if (uri == null || !fetcher.onSite(uri) || BINARY.matcher(uri.getPath() == null ? "" : uri.getPath()).matches()
                    || !seen.add(key(uri))) {
                continue;
            }
            taken++;
            String name = Html.excerpt(Html.name(link), 200);
            int score = score(TextMatch.normalise(name) + " " + TextMatch.normalise(uri.getPath().replace('-', ' ')));
            if (fromNews && name.length() >= 30) {
                score += 2;
            }
            if (NEWS_PATH.matcher(uri.getPath()).find()) {
                score += 2;
            }
            if (uri.getRawQuery() != null) {
                score -= 1;
            }
            queue.add(new Candidate(uri, name, from.depth() + 1, score, order[0]++));
            if (queue.size() > WAITING) {
                queue.pollLast();
            }
        }
    }

    private static int score(String text) {
        int score = 0;
        for (String word : TELLING) {
            if (text.contains(word)) {
                score += 3;
            }
        }
        return score;
    }

    static URI resolve(String absolute) {
        if (absolute.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(absolute.strip().replace(" ", "%20"));
            return new URI(uri.getScheme(), uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath(),
                    uri.getQuery(), null);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return uri.getScheme() + "://" + String.valueOf(uri.getAuthority()).toLowerCase(Locale.ROOT) + path
                + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
