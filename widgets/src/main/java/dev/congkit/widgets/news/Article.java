package dev.congkit.widgets.news;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.html.SafeHtml;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.validation.Check;
import dev.congkit.widgets.internal.Slugs;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * A news article, complete by construction (NEWS-COMPLETE, NEWS-CAPTION): a title, a publication
 * date, an author or a source, a category, and a body of {@link SafeHtml} in which every image has
 * alt text and a caption — an article that lacks one of these cannot be built, so it cannot be
 * rendered.
 *
 * <p>Example:
 * <pre>{@code
 * Article article = Article.builder("Xã Mẫu Sơn triển khai chuyển đổi số", LocalDateTime.of(2026, 11, 20, 8, 0), "tin-tuc-su-kien",
 *         SafeHtml.sanitize("<p>Sáng 20/11, UBND xã tổ chức hội nghị…</p>")).author("Hoàng Văn Nam").build();
 * article.slug();   // "xa-mau-son-trien-khai-chuyen-doi-so"
 * }</pre>
 */
@Doc(value = "A news article.", vi = "Một bài viết tin tức.")
public record Article(
        @Doc(value = "The article's address under the news page; default: from the title.", vi = "Địa chỉ của bài dưới trang tin tức; mặc định: theo tiêu đề.") String slug,
        @Required @Doc(value = "Title.", vi = "Tiêu đề.") String title,
        @Doc(value = "Summary (sapo), shown in lists and feeds.", vi = "Tóm tắt (sapo), hiện trong danh sách và nguồn tin.") String summary,
        @Required @Doc(value = "When it was published, Vietnam time.", vi = "Thời điểm đăng, giờ Việt Nam.") LocalDateTime published,
        @Doc(value = "When it was last changed, if after publication.", vi = "Lần sửa cuối, nếu sau khi đăng.") LocalDateTime updated,
        @Doc(value = "Author; an author or a source is required.", vi = "Tác giả; cần có tác giả hoặc nguồn.") String author,
        @Doc(value = "Source, e.g. \"Báo Thanh Hóa\"; an author or a source is required.", vi = "Nguồn, ví dụ \"Báo Thanh Hóa\"; cần có tác giả hoặc nguồn.") String source,
        @Required @Doc(value = "The id of its category.", vi = "Mã chuyên mục của bài.") String category,
        @Doc(value = "The lead image, with alt text and caption.", vi = "Ảnh đầu bài, kèm mô tả ảnh và chú thích.") NewsImage image,
        @Required @Doc(value = "The body as HTML: only what the sanitiser allows is kept; every image needs alt text and a caption.", vi = "Nội dung bài dạng HTML: chỉ giữ những gì bộ lọc cho phép; ảnh nào cũng cần mô tả và chú thích.") SafeHtml body) {

    /** Longest slug made from a title. */
    public static final int MAX_SLUG = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Article {
        var check = new Check();
        title = check.requiredText("title", title);
        summary = check.text("summary", summary);
        check.required("published", published);
        author = check.text("author", author);
        source = check.text("source", source);
        category = check.requiredText("category", category);
        check.required("body", body);
        if (author == null && source == null) {
            check.fail("author", Bilingual.of("không được để trống khi không có nguồn: ghi người viết bài hoặc bài lấy từ đâu (NEWS-COMPLETE)", "is required when there is no source: name who wrote the article or where it comes from (NEWS-COMPLETE)"));
        }
        if (published != null && updated != null && updated.isBefore(published)) {
            check.fail("updated", Check.notBefore("published", published, updated));
        }
        if (body != null) {
            if (body.isEmpty()) {
                check.fail("body", Bilingual.of("trống: bài viết cần có nội dung (NEWS-COMPLETE)", "is empty: an article needs its text (NEWS-COMPLETE)"));
            }
            // the sanitiser words its problems in Vietnamese only
            body.problems().forEach(problem -> check.fail("body", Bilingual.same(problem)));
        }
        slug = check.text("slug", slug);
        if (slug != null) {
            check.matches("slug", slug, SLUG, Bilingual.of("chữ thường, chữ số và dấu gạch ngang", "lower-case letters, digits and hyphens"));
        } else if (title != null) {
            String made = Slugs.of(title);
            slug = made.length() <= MAX_SLUG ? made : made.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
            if (slug.isEmpty()) {
                check.fail("slug", Bilingual.of("không được để trống khi tiêu đề không có chữ hay số để tạo slug", "is required when the title has no letters or digits to make one from"));
            }
        }
        check.done();
    }

    /** The last change: the update if any, else the publication. */
    public LocalDateTime lastChanged() {
        return updated != null ? updated : published;
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String title, LocalDateTime published, String category, SafeHtml body) {
        return new Builder(title, published, category, body);
    }

    /**
     * Builds a {@link Article} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Article.builder(title, published, category, body).slug(…).summary(…).updated(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String slug;
        private String title;
        private String summary;
        private LocalDateTime published;
        private LocalDateTime updated;
        private String author;
        private String source;
        private String category;
        private NewsImage image;
        private SafeHtml body;

        private Builder(String title, LocalDateTime published, String category, SafeHtml body) {
            this.title = title;
            this.published = published;
            this.category = category;
            this.body = body;
        }

        /** The article's address under the news page; default: from the title. */
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /** Summary (sapo), shown in lists and feeds. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** When it was last changed, if after publication. */
        public Builder updated(LocalDateTime updated) {
            this.updated = updated;
            return this;
        }

        /** Author; an author or a source is required. */
        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /** Source, e.g. "Báo Thanh Hóa"; an author or a source is required. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** The lead image, with alt text and caption. */
        public Builder image(NewsImage image) {
            this.image = image;
            return this;
        }

        /** The Article; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Article build() {
            return new Article(slug, title, summary, published, updated, author, source, category, image, body);
        }
    }
}
