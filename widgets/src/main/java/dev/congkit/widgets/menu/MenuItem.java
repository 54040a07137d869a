package dev.congkit.widgets.menu;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of a menu, in a preset or added in {@code site.json}. An item may carry a validity
 * window (a campaign category, MENU-CAMPAIGN): outside it the item is not shown.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, under "menu": "main": [ { "key": "bau-cu", "label": "Chuyên mục bầu cử", "labelEn": "Elections",
 * //     "url": "/bau-cu", "order": 65, "validFrom": "2026-11-02", "validUntil": "2027-01-31" } ]
 * MenuItem item = MenuResolver.section(site).main().get(0);
 * }</pre>
 */
@Doc(value = "A menu entry.", vi = "Một mục menu.")
public record MenuItem(
        @Required @Doc(value = "Stable key, e.g. tin-tuc; overrides name items by it.", vi = "Mã cố định, ví dụ tin-tuc; các mục của mẫu được thay theo mã này.") String key,
        @Required @Doc(value = "Vietnamese label.", vi = "Nhãn tiếng Việt.") String label,
        @Doc(value = "English label.", vi = "Nhãn tiếng Anh.") String labelEn,
        @Doc(value = "Link target; a parent without one opens its sub-menu only.", vi = "Địa chỉ liên kết; mục cha không có địa chỉ thì chỉ mở menu con.") WebLink url,
        @Doc(value = "Names of shared links that replace url when the site has them: a key of site.json links, agencyEmail (mailto) or procedures (menu.proceduresUrlTemplate).", vi = "Tên các liên kết dùng chung thay cho url khi trang có: một khóa của links trong site.json, agencyEmail (mailto) hoặc procedures (menu.proceduresUrlTemplate).") List<String> links,
        @Doc(value = "Access key (one letter or digit), e.g. 1 for Trang chủ, 3 for Sơ đồ trang.", vi = "Phím tắt (một chữ hoặc một số), ví dụ 1 cho Trang chủ, 3 cho Sơ đồ trang.") String accessKey,
        @Doc(value = "Position among its siblings: lower first; preset items are numbered 10, 20, 30, ...", vi = "Vị trí giữa các mục cùng cấp: số nhỏ đứng trước; các mục của mẫu được đánh số 10, 20, 30, ...") Integer order,
        @Doc(value = "First day the item is shown (campaign categories).", vi = "Ngày đầu hiển thị mục (chuyên mục tuyên truyền).") LocalDate validFrom,
        @Doc(value = "Last day the item is shown (campaign categories).", vi = "Ngày cuối hiển thị mục (chuyên mục tuyên truyền).") LocalDate validUntil,
        @Doc(value = "When the page behind the item last changed; written as lastmod in sitemap.xml.", vi = "Lần thay đổi cuối của trang sau mục này; ghi thành lastmod trong sitemap.xml.") LocalDate updated,
        @Doc(value = "Shown only while this rule set applies, e.g. vn-nd224-2026 (used by presets).", vi = "Chỉ hiện khi bộ quy tắc này áp dụng, ví dụ vn-nd224-2026 (dùng trong các mẫu).") String ruleSet,
        @Doc(value = "A district-level entry: dropped from 01/07/2025, when the district level ended (MENU-NO-DISTRICT).", vi = "Một mục cấp huyện: bỏ từ 01/07/2025, khi cấp huyện kết thúc (MENU-NO-DISTRICT).") Boolean districtLevel,
        @Doc(value = "Sub-items.", vi = "Các mục con.") List<MenuItem> children) {

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern ACCESS_KEY = Pattern.compile("[0-9a-z]");
    /** The day the two-tier local government began (no district level). */
    public static final LocalDate NO_DISTRICT_FROM = LocalDate.of(2025, 7, 1);

    public MenuItem {
        var check = new Check();
        key = check.required("key", check.matches("key", key, KEY, Bilingual.of("một mã gồm chữ thường, chữ số và dấu gạch ngang", "a key of lower-case letters, digits and hyphens")));
        label = check.requiredText("label", label);
        labelEn = check.text("labelEn", labelEn);
        links = check.list("links", links);
        accessKey = check.matches("accessKey", accessKey, ACCESS_KEY, Bilingual.of("một chữ thường hoặc một chữ số", "one lower-case letter or digit"));
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            check.fail("validUntil", Check.notBefore("validFrom", validFrom, validUntil));
        }
        ruleSet = check.text("ruleSet", ruleSet);
        districtLevel = Boolean.TRUE.equals(districtLevel);
        children = check.list("children", children);
        check.done();
    }

    /** A plain item: key, labels and link. */
    public static MenuItem of(String key, String label, String labelEn, String url) {
        return new MenuItem(key, label, labelEn, url == null ? null : WebLink.of(url), null, null, null, null, null, null, null, null, null);
    }

    /** Whether the validity window has ended before {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }

    /** Whether the item is inside its validity window on {@code today}. */
    public boolean shownOn(LocalDate today) {
        return !expiredOn(today) && (validFrom == null || !validFrom.isAfter(today))
                && !(districtLevel && !today.isBefore(NO_DISTRICT_FROM));
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String key, String label) {
        return new Builder(key, label);
    }

    /**
     * Builds a {@link MenuItem} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * MenuItem.builder(key, label).labelEn(…).url(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String key;
        private String label;
        private String labelEn;
        private WebLink url;
        private List<String> links;
        private String accessKey;
        private Integer order;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private LocalDate updated;
        private String ruleSet;
        private Boolean districtLevel;
        private List<MenuItem> children;

        private Builder(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** English label. */
        public Builder labelEn(String labelEn) {
            this.labelEn = labelEn;
            return this;
        }

        /** Link target; a parent without one opens its sub-menu only. */
        public Builder url(WebLink url) {
            this.url = url;
            return this;
        }

        /** Names of shared links that replace url when the site has them: a key of site.json links, agencyEmail (mailto) or procedures (menu.proceduresUrlTemplate). */
        public Builder links(List<String> links) {
            this.links = links;
            return this;
        }

        /** Access key (one letter or digit), e.g. 1 for Trang chủ, 3 for Sơ đồ trang. */
        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /** Position among its siblings: lower first; preset items are numbered 10, 20, 30, ... */
        public Builder order(int order) {
            this.order = order;
            return this;
        }

        /** First day the item is shown (campaign categories). */
        public Builder validFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        /** Last day the item is shown (campaign categories). */
        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /** When the page behind the item last changed; written as lastmod in sitemap.xml. */
        public Builder updated(LocalDate updated) {
            this.updated = updated;
            return this;
        }

        /** Shown only while this rule set applies, e.g. vn-nd224-2026 (used by presets). */
        public Builder ruleSet(String ruleSet) {
            this.ruleSet = ruleSet;
            return this;
        }

        /** A district-level entry: dropped from 01/07/2025, when the district level ended (MENU-NO-DISTRICT). */
        public Builder districtLevel(boolean districtLevel) {
            this.districtLevel = districtLevel;
            return this;
        }

        /** Sub-items. */
        public Builder children(List<MenuItem> children) {
            this.children = children;
            return this;
        }

        /** The MenuItem; a {@link ValidationException} names every rule the parts break. */
        public MenuItem build() {
            return new MenuItem(key, label, labelEn, url, links, accessKey, order, validFrom, validUntil, updated, ruleSet, districtLevel, children);
        }
    }
}
