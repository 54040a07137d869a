package dev.congkit.widgets.header;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.WebLink;

import java.util.regex.Pattern;

/**
 * The optional {@code header} section of {@code site.json}: search target and skip-link target.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "header": { "searchUrl": "/tim-kiem", "searchParam": "q", "mainContentId": "noi-dung" }
 * Header header = site.section(Header.SECTION).orElse(Header.defaults());
 * }</pre>
 */
@Doc(value = "The page header: agency name, emblem or logo, skip link and search form (HEADER-NAME, SEARCH).", vi = "Đầu trang: tên cơ quan, quốc huy hoặc biểu trưng, liên kết bỏ qua và ô tìm kiếm (HEADER-NAME, SEARCH).")
public record Header(
        @Doc(value = "The portal's own search page; the query is sent to it with GET. Default: links.search, else /tim-kiem.", vi = "Trang tìm kiếm của cổng; từ khóa được gửi bằng GET. Mặc định: links.search, nếu không thì /tim-kiem.") WebLink searchUrl,
        @Doc(value = "Name of the query parameter; default q.", vi = "Tên tham số tìm kiếm trên địa chỉ; mặc định q.") String searchParam,
        @Doc(value = "id of the page's main element, the skip link's target; default noi-dung.", vi = "id của phần nội dung chính, đích của liên kết bỏ qua; mặc định noi-dung.") String mainContentId,
        @Doc(value = "Show the English name under the Vietnamese one; default true when the agency has one.", vi = "Hiện tên tiếng Anh dưới tên tiếng Việt; mặc định true khi cơ quan có tên tiếng Anh.") Boolean showEnglishName,
        @Doc(value = "Show links to the page in Vietnamese and in English in the header; default false.", vi = "Hiện liên kết tới trang bằng tiếng Việt và tiếng Anh ở đầu trang; mặc định false.") Boolean languageSwitcher) {

    /** The key of this section in {@code site.json}: {@code site.section(Header.SECTION)}. */
    public static final SectionKey<Header> SECTION = SectionKey.of("header", Header.class);

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    public Header {
        var check = new Check();
        check.that("searchUrl", searchUrl, link -> link.isWeb() || link.isSiteRelative(), Bilingual.of("một địa chỉ https, http hoặc trong trang", "an https, http or site-relative URL"));
        searchParam = check.matches("searchParam", searchParam, NAME, Bilingual.of("một tên tham số gồm chữ, chữ số, _ và -", "a parameter name of letters, digits, _ and -"));
        mainContentId = check.matches("mainContentId", mainContentId, NAME, Bilingual.of("một mã HTML (id) gồm chữ, chữ số, _ và -", "an HTML id of letters, digits, _ and -"));
        searchParam = searchParam == null ? "q" : searchParam;
        mainContentId = mainContentId == null ? "noi-dung" : mainContentId;
        showEnglishName = showEnglishName == null || showEnglishName;
        languageSwitcher = Boolean.TRUE.equals(languageSwitcher);
        check.done();
    }

    public static Header defaults() {
        return new Header(null, null, null, null, null);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Header} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Header.builder().searchUrl(…).searchParam(…).mainContentId(…).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink searchUrl;
        private String searchParam;
        private String mainContentId;
        private Boolean showEnglishName;
        private Boolean languageSwitcher;

        private Builder() {
        }

        /** The portal's own search page; the query is sent to it with GET. Default: links.search, else /tim-kiem. */
        public Builder searchUrl(WebLink searchUrl) {
            this.searchUrl = searchUrl;
            return this;
        }

        /** Name of the query parameter; default q. */
        public Builder searchParam(String searchParam) {
            this.searchParam = searchParam;
            return this;
        }

        /** id of the page's main element, the skip link's target; default noi-dung. */
        public Builder mainContentId(String mainContentId) {
            this.mainContentId = mainContentId;
            return this;
        }

        /** Show the English name under the Vietnamese one; default true when the agency has one. */
        public Builder showEnglishName(Boolean showEnglishName) {
            this.showEnglishName = showEnglishName;
            return this;
        }

        /** Show links to the page in Vietnamese and in English in the header; default false. */
        public Builder languageSwitcher(Boolean languageSwitcher) {
            this.languageSwitcher = languageSwitcher;
            return this;
        }

        /** The Header; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Header build() {
            return new Header(searchUrl, searchParam, mainContentId, showEnglishName, languageSwitcher);
        }
    }
}
