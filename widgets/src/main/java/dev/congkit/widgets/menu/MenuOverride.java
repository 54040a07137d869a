package dev.congkit.widgets.menu;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.WebLink;

import java.time.LocalDate;
import java.util.List;

/**
 * Changes to a preset item, named by its key: rename, relink, reorder, hide, or add sub-items.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, under "menu": "overrides": { "tin-tuc": { "label": "Tin tức - Sự kiện", "updated": "2026-11-23" },
 * //                                         "hoi-dap": { "hidden": true } }
 * MenuOverride news = MenuResolver.section(site).overrides().get("tin-tuc");
 * }</pre>
 */
@Doc(value = "Changes to the preset item of the same key.", vi = "Thay đổi mục của mẫu có cùng mã.")
public record MenuOverride(
        @Doc(value = "New Vietnamese label.", vi = "Nhãn tiếng Việt mới.") String label,
        @Doc(value = "New English label.", vi = "Nhãn tiếng Anh mới.") String labelEn,
        @Doc(value = "New link target.", vi = "Địa chỉ liên kết mới.") WebLink url,
        @Doc(value = "New position among its siblings (preset items are numbered 10, 20, 30, ...).", vi = "Vị trí mới giữa các mục cùng cấp (các mục của mẫu được đánh số 10, 20, 30, ...).") Integer order,
        @Doc(value = "Hide the item (and its sub-items).", vi = "Ẩn mục (và các mục con).") Boolean hidden,
        @Doc(value = "New access key.", vi = "Phím tắt mới.") String accessKey,
        @Doc(value = "First day the item is shown.", vi = "Ngày đầu hiển thị mục.") LocalDate validFrom,
        @Doc(value = "Last day the item is shown.", vi = "Ngày cuối hiển thị mục.") LocalDate validUntil,
        @Doc(value = "When the page behind the item last changed.", vi = "Lần thay đổi cuối của trang sau mục này.") LocalDate updated,
        @Doc(value = "Sub-items to add under this item.", vi = "Các mục con thêm vào mục này.") List<MenuItem> add) {

    public MenuOverride {
        var check = new Check();
        label = check.text("label", label);
        labelEn = check.text("labelEn", labelEn);
        hidden = Boolean.TRUE.equals(hidden);
        accessKey = check.matches("accessKey", accessKey, MenuItem.ACCESS_KEY, Bilingual.of("một chữ thường hoặc một chữ số", "one lower-case letter or digit"));
        add = check.list("add", add);
        check.done();
    }

    /** {@code item} with these changes applied (children are the caller's business). */
    MenuItem applyTo(MenuItem item, List<MenuItem> children) {
        return new MenuItem(item.key(), label != null ? label : item.label(), labelEn != null ? labelEn : item.labelEn(),
                url != null ? url : item.url(), url != null ? List.of() : item.links(), accessKey != null ? accessKey : item.accessKey(),
                order != null ? order : item.order(), validFrom != null ? validFrom : item.validFrom(),
                validUntil != null ? validUntil : item.validUntil(), updated != null ? updated : item.updated(),
                item.ruleSet(), item.districtLevel(), children);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MenuOverride} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * MenuOverride.builder().label(…).labelEn(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String label;
        private String labelEn;
        private WebLink url;
        private Integer order;
        private Boolean hidden;
        private String accessKey;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private LocalDate updated;
        private List<MenuItem> add;

        private Builder() {
        }

        /** New Vietnamese label. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /** New English label. */
        public Builder labelEn(String labelEn) {
            this.labelEn = labelEn;
            return this;
        }

        /** New link target. */
        public Builder url(WebLink url) {
            this.url = url;
            return this;
        }

        /** New position among its siblings (preset items are numbered 10, 20, 30, ...). */
        public Builder order(int order) {
            this.order = order;
            return this;
        }

        /** Hide the item (and its sub-items). */
        public Builder hidden(boolean hidden) {
            this.hidden = hidden;
            return this;
        }

        /** New access key. */
        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /** First day the item is shown. */
        public Builder validFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        /** Last day the item is shown. */
        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /** When the page behind the item last changed. */
        public Builder updated(LocalDate updated) {
            this.updated = updated;
            return this;
        }

        /** Sub-items to add under this item. */
        public Builder add(List<MenuItem> add) {
            this.add = add;
            return this;
        }

        /** The MenuOverride; a {@link ValidationException} names every rule the parts break. */
        public MenuOverride build() {
            return new MenuOverride(label, labelEn, url, order, hidden, accessKey, validFrom, validUntil, updated, add);
        }
    }
}
