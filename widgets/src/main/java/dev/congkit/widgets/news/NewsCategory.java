package dev.congkit.widgets.news;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A news category (chuyên mục): "Tin tức sự kiện", "Du lịch – lễ hội", a propaganda column, or a
 * campaign column such as "Chuyên mục bầu cử" that ends with its window (MENU-CAMPAIGN): after
 * {@code until} it leaves the categories' navigation, while its articles stay readable.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in news: "categories": [ { "id": "bau-cu", "name": "Chuyên mục bầu cử", "parent": "tin-tuc-su-kien",
 * //     "from": "2026-01-05", "until": "2026-03-31" } ]
 * category.openOn(LocalDate.of(2026, 4, 1));   // false: the campaign is over
 * }</pre>
 */
@Doc(value = "A news category (chuyên mục).", vi = "Một chuyên mục tin tức.")
public record NewsCategory(
        @Required @Doc(value = "Id used in links and by articles, e.g. du-lich-le-hoi.", vi = "Mã dùng trong liên kết và trong bài viết, ví dụ du-lich-le-hoi.") String id,
        @Required @Doc(value = "Name, e.g. \"Du lịch – lễ hội\".", vi = "Tên, ví dụ \"Du lịch – lễ hội\".") String name,
        @Doc(value = "Name in English.", vi = "Tên tiếng Anh.") String nameEn,
        @Doc(value = "The id of the category it belongs under, e.g. tin-tuc-su-kien.", vi = "Mã chuyên mục cha, ví dụ tin-tuc-su-kien.") String parent,
        @Doc(value = "Its own page, e.g. /du-lich-le-hoi; default: the news page with ?chuyen-muc=id.", vi = "Trang riêng của chuyên mục, ví dụ /du-lich-le-hoi; mặc định: trang tin tức với ?chuyen-muc=mã.") WebLink pagePath,
        @Doc(value = "First day the category is shown (a campaign's start).", vi = "Ngày đầu hiển thị chuyên mục (ngày bắt đầu đợt tuyên truyền).") LocalDate from,
        @Doc(value = "Last day the category is shown (a campaign's end); its articles stay readable.", vi = "Ngày cuối hiển thị chuyên mục (ngày kết thúc đợt tuyên truyền); các bài vẫn đọc được.") LocalDate until) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public NewsCategory {
        var check = new Check();
        id = check.requiredText("id", id);
        check.matches("id", id, ID, Bilingual.of("chữ thường, chữ số và dấu gạch ngang, ví dụ du-lich-le-hoi", "lower-case letters, digits and hyphens, e.g. du-lich-le-hoi"));
        name = check.requiredText("name", name);
        nameEn = check.text("nameEn", nameEn);
        parent = check.text("parent", parent);
        check.that("pagePath", pagePath, link -> link.isSiteRelative() && link.value().startsWith("/"), Bilingual.of("một đường dẫn trong trang như /du-lich-le-hoi", "a site path such as /du-lich-le-hoi"));
        if (from != null && until != null && until.isBefore(from)) {
            check.fail("until", Check.notBefore("from", from, until));
        }
        check.done();
    }

    /** Shown in navigation on {@code day}: inside its window, if it has one. */
    public boolean openOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    public String nameIn(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /**
     * Builds a {@link NewsCategory} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * NewsCategory.builder(id, name).nameEn(…).parent(…).pagePath(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String id;
        private String name;
        private String nameEn;
        private String parent;
        private WebLink pagePath;
        private LocalDate from;
        private LocalDate until;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** Name in English. */
        public Builder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        /** The id of the category it belongs under, e.g. tin-tuc-su-kien. */
        public Builder parent(String parent) {
            this.parent = parent;
            return this;
        }

        /** Its own page, e.g. /du-lich-le-hoi; default: the news page with ?chuyen-muc=id. */
        public Builder pagePath(WebLink pagePath) {
            this.pagePath = pagePath;
            return this;
        }

        /** First day the category is shown (a campaign's start). */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /** Last day the category is shown (a campaign's end); its articles stay readable. */
        public Builder until(LocalDate until) {
            this.until = until;
            return this;
        }

        /** The NewsCategory; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public NewsCategory build() {
            return new NewsCategory(id, name, nameEn, parent, pagePath, from, until);
        }
    }
}
