package dev.congkit.widgets.contact;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.WebLink;

import java.time.LocalDate;
import java.util.List;

/**
 * The optional {@code directory} section: the order and English names of the organisations, the
 * date the directory was last brought up to date, and where the vCard files are served.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "directory": { "updated": "2026-11-23",
 * //     "units": [ { "name": "Đảng ủy xã", "nameEn": "Commune Party Committee" }, { "name": "UBND xã" } ] }
 * Directory directory = site.section(Directory.SECTION).orElse(Directory.defaults());
 * }</pre>
 */
@Doc(value = "The officials' directory (Danh bạ cơ quan chức năng, Hệ thống chính trị).", vi = "Danh bạ cán bộ (Danh bạ cơ quan chức năng, Hệ thống chính trị).")
public record Directory(
        @Doc(value = "Organisations in display order; default: Đảng ủy, HĐND, UBND, Ủy ban MTTQ, then the others as they first appear.", vi = "Các tổ chức theo thứ tự hiển thị; mặc định: Đảng ủy, HĐND, UBND, Ủy ban MTTQ, rồi các tổ chức khác theo thứ tự xuất hiện.") List<DirectoryUnit> units,
        @Doc(value = "Date the directory was last checked against the staff (CONTACT-DIRECTORY); default: the site's updated date.", vi = "Ngày danh bạ được đối chiếu lần cuối với cán bộ hiện có (CONTACT-DIRECTORY); mặc định: ngày cập nhật của trang.") LocalDate updated,
        @Doc(value = "Path under which vCards are served: PATH.vcf for all, PATH/ID.vcf for one; default /danh-ba.", vi = "Đường dẫn phục vụ tệp vCard: PATH.vcf cho tất cả, PATH/MÃ.vcf cho từng người; mặc định /danh-ba.") WebLink vcardPath) {

    /** The key of this section in {@code site.json}: {@code site.section(Directory.SECTION)}. */
    public static final SectionKey<Directory> SECTION = SectionKey.of("directory", Directory.class);

    public Directory {
        var check = new Check();
        units = check.list("units", units);
        check.that("vcardPath", vcardPath, link -> link.isSiteRelative() && link.value().startsWith("/") && !link.value().endsWith("/")
                && !link.value().contains("?") && !link.value().contains("#"), Bilingual.of("một đường dẫn trong trang như /danh-ba", "a site path such as /danh-ba"));
        vcardPath = vcardPath == null ? WebLink.of("/danh-ba") : vcardPath;
        check.done();
    }

    public static Directory defaults() {
        return new Directory(null, null, null);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Directory} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Directory.builder().units(…).updated(…).build()
     * }</pre>
     */
    public static final class Builder {
        private List<DirectoryUnit> units;
        private LocalDate updated;
        private WebLink vcardPath;

        private Builder() {
        }

        /** Organisations in display order; default: Đảng ủy, HĐND, UBND, Ủy ban MTTQ, then the others as they first appear. */
        public Builder units(List<DirectoryUnit> units) {
            this.units = units;
            return this;
        }

        /** Date the directory was last checked against the staff (CONTACT-DIRECTORY); default: the site's updated date. */
        public Builder updated(LocalDate updated) {
            this.updated = updated;
            return this;
        }

        /** Path under which vCards are served: PATH.vcf for all, PATH/ID.vcf for one; default /danh-ba. */
        public Builder vcardPath(WebLink vcardPath) {
            this.vcardPath = vcardPath;
            return this;
        }

        /** The Directory; a {@link ValidationException} names every rule the parts break. */
        public Directory build() {
            return new Directory(units, updated, vcardPath);
        }
    }
}
