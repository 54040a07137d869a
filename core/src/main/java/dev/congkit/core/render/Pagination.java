package dev.congkit.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Which page of a long list is shown and the links to the others: previous ({@code rel="prev"}),
 * next ({@code rel="next"}), the first and last pages and two on each side of the current one.
 * Rendered by the shared partial {@code ck-pagination.mustache} as plain links, no script.
 *
 * <p>Example:
 * <pre>{@code
 * Pagination pages = Pagination.of(45, 20, 2, page -> "/van-ban/xa?trang=" + page);
 * pages.current();                                  // 2 (of pages.count() == 3)
 * items.subList(pages.from(), pages.until());       // rows 20 to 39
 * // template: {{> ck-pagination.mustache}} with the view's "pagination"
 * }</pre>
 *
 * @param current  the page shown, from 1
 * @param count    how many pages there are (at least 1)
 * @param pageSize items per page
 * @param total    items in all
 */
public record Pagination(int current, int count, int pageSize, int total, String previousUrl, String nextUrl, List<PageLink> pages) {

    public Pagination {
        pages = List.copyOf(pages);
    }

    /** Page {@code requested} (clamped to the pages there are) of {@code total} items, {@code url} giving each page's address. */
    public static Pagination of(int total, int pageSize, int requested, IntFunction<String> url) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, but was " + pageSize);
        }
        int count = Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(1, requested), count);
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int page = 1; page <= count; page++) {
            if (page == 1 || page == count || Math.abs(page - current) <= 2) {
                if (page > last + 1) {
                    links.add(new PageLink(0, "", false, true));
                }
                links.add(new PageLink(page, url.apply(page), page == current, false));
                last = page;
            }
        }
        return new Pagination(current, count, pageSize, total, current > 1 ? url.apply(current - 1) : "",
                current < count ? url.apply(current + 1) : "", links);
    }

    /** The index of the first item on this page. */
    public int from() {
        return Math.min(total, (current - 1) * pageSize);
    }

    /** The index after the last item on this page. */
    public int until() {
        return Math.min(total, current * pageSize);
    }

    public boolean needed() {
        return count > 1;
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < count;
    }

    /**
     * One link of the pagination, or a gap ({@code …}) between distant pages.
     *
     * <p>Example:
     * <pre>{@code
     * {{#pages}}{{#gap}}…{{/gap}}{{^gap}}<a href="{{url}}">{{number}}</a>{{/gap}}{{/pages}}
     * }</pre>
     */
    public record PageLink(int number, String url, boolean current, boolean gap) {
    }
}
