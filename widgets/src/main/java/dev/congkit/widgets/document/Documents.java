package dev.congkit.widgets.document;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code documents} section: the commune's documents ("Văn bản của xã", DOCS-LIST), where their
 * list and feed are served, and how long a type may go without a new one (FRESHNESS).
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "documents": { "provinceUrl": "https://vbpl.thanhhoa.gov.vn/", "items": [ ... ] }
 * Documents documents = site.section(Documents.SECTION).orElse(Documents.empty());
 * documents.bySlug("05-qd-ubnd-2026");   // Optional[OfficialDocument]
 * }</pre>
 */
@Doc(value = "The commune's documents (Văn bản của xã).", vi = "Văn bản của xã.")
public record Documents(
        @Doc(value = "Where the list is served; each document at this path + /slug; default /van-ban/xa.", vi = "Đường dẫn của danh sách; mỗi văn bản ở đường dẫn này + /slug; mặc định /van-ban/xa.") WebLink pagePath,
        @Doc(value = "Where the Atom feed is served; default /van-ban/xa.atom.", vi = "Đường dẫn của nguồn tin Atom; mặc định /van-ban/xa.atom.") WebLink feedPath,
        @Doc(value = "The province's documents, linked from the list (văn bản của tỉnh).", vi = "Văn bản của tỉnh, liên kết từ danh sách.") WebLink provinceUrl,
        @Doc(value = "Rows per page of the list, 5 to 100; default 20.", vi = "Số dòng mỗi trang của danh sách, từ 5 đến 100; mặc định 20.") Integer pageSize,
        @Doc(value = "Days a plan, decision, official letter, report or notice may go without a new one before check warns (FRESHNESS); default 90.", vi = "Số ngày kế hoạch, quyết định, công văn, báo cáo, thông báo có thể không có văn bản mới trước khi bị cảnh báo (FRESHNESS); mặc định 90.") Integer staleAfterDays,
        @Doc(value = "The documents, in any order: the list shows the most recently issued first.", vi = "Các văn bản, thứ tự bất kỳ: danh sách hiện văn bản ban hành gần nhất trước.") List<OfficialDocument> items) {

    /** The key of this section in {@code site.json}: {@code site.section(Documents.SECTION)}. */
    public static final SectionKey<Documents> SECTION = SectionKey.of("documents", Documents.class);

    private static final Comparator<OfficialDocument> NEWEST_FIRST = Comparator.comparing(OfficialDocument::issued)
            .thenComparing(OfficialDocument::published).reversed();

    public Documents {
        var check = new Check();
        check.that("pagePath", pagePath, WebLink::isPagePath, Bilingual.of("một đường dẫn trong trang như /van-ban/xa", "a site path such as /van-ban/xa"));
        check.that("feedPath", feedPath, WebLink::isPagePath, Bilingual.of("một đường dẫn trong trang như /van-ban/xa.atom", "a site path such as /van-ban/xa.atom"));
        check.that("provinceUrl", provinceUrl, WebLink::isWeb, Bilingual.of("một địa chỉ https hoặc http", "an https or http address"));
        check.that("pageSize", pageSize, size -> size >= 5 && size <= 100, Bilingual.of("từ 5 đến 100", "from 5 to 100"));
        check.that("staleAfterDays", staleAfterDays, days -> days >= 7 && days <= 3650, Bilingual.of("từ 7 đến 3650 ngày", "from 7 to 3650 days"));
        items = check.list("items", items);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!slugs.add(items.get(i).slug())) {
                check.fail("items[" + i + "].slug", Check.notUnique(items.get(i).slug(), Bilingual.of("đã dùng cho một văn bản trước đó; hãy đặt slug riêng",
                        "is taken by an earlier document; give this one its own slug")));
            }
        }
        pagePath = pagePath == null ? WebLink.of("/van-ban/xa") : pagePath;
        feedPath = feedPath == null ? WebLink.of("/van-ban/xa.atom") : feedPath;
        pageSize = pageSize == null ? 20 : pageSize;
        staleAfterDays = staleAfterDays == null ? 90 : staleAfterDays;
        check.done();
    }

    /** No documents, every default. */
    public static Documents empty() {
        return new Documents(null, null, null, null, null, null);
    }

    /** The documents, the most recently issued first. */
    public List<OfficialDocument> newestFirst() {
        return items.stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<OfficialDocument> bySlug(String slug) {
        return items.stream().filter(item -> item.slug().equals(slug)).findFirst();
    }

    /** A document's page: {@code /van-ban/xa/05-qd-ubnd-2026}. */
    public String pathOf(OfficialDocument document) {
        return pagePath.value() + "/" + document.slug();
    }


    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Documents} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Documents.builder().pagePath(…).feedPath(…).provinceUrl(…).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink pagePath;
        private WebLink feedPath;
        private WebLink provinceUrl;
        private Integer pageSize;
        private Integer staleAfterDays;
        private List<OfficialDocument> items;

        private Builder() {
        }

        /** Where the list is served; each document at this path + /slug; default /van-ban/xa. */
        public Builder pagePath(WebLink pagePath) {
            this.pagePath = pagePath;
            return this;
        }

        /** Where the Atom feed is served; default /van-ban/xa.atom. */
        public Builder feedPath(WebLink feedPath) {
            this.feedPath = feedPath;
            return this;
        }

        /** The province's documents, linked from the list (văn bản của tỉnh). */
        public Builder provinceUrl(WebLink provinceUrl) {
            this.provinceUrl = provinceUrl;
            return this;
        }

        /** Rows per page of the list, 5 to 100; default 20. */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Days a plan, decision, official letter, report or notice may go without a new one before check warns (FRESHNESS); default 90. */
        public Builder staleAfterDays(Integer staleAfterDays) {
            this.staleAfterDays = staleAfterDays;
            return this;
        }

        /** The documents, in any order: the list shows the most recently issued first. */
        public Builder items(List<OfficialDocument> items) {
            this.items = items;
            return this;
        }

        /** The Documents; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Documents build() {
            return new Documents(pagePath, feedPath, provinceUrl, pageSize, staleAfterDays, items);
        }
    }
}
