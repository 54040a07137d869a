package dev.congkit.widgets.menu;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code menu} section of {@code site.json}: which preset to start from and what the site
 * changes. Without the section, the preset of the site's rule set applies as it is.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "menu": { "preset": "thanhhoa-camthuy-2023",
 * //     "overrides": { "tin-tuc": { "label": "Tin tức - Sự kiện" }, "hoi-dap": { "hidden": true } },
 * //     "main": [ { "key": "bau-cu", "label": "Bầu cử", "url": "/bau-cu", "validUntil": "2027-01-31" } ] }
 * Menu menu = MenuResolver.section(site);   // the section, or Menu.defaults()
 * }</pre>
 */
@Doc(value = "The main and top menus: a preset to start from and the site's changes (MENU-MAIN, MENU-TOP).", vi = "Menu chính và menu trên cùng: một mẫu để bắt đầu và các thay đổi của trang (MENU-MAIN, MENU-TOP).")
public record Menu(
        @Doc(value = "Preset id: thanhhoa-camthuy-2023, vn-national or none. Default: the site's rule set's preset, else vn-national.", vi = "Mã mẫu: thanhhoa-camthuy-2023, vn-national hoặc none. Mặc định: mẫu của bộ quy tắc của trang, nếu không thì vn-national.") String preset,
        @Doc(value = "URL of the commune's procedures on the provincial public-service portal, with {code} for agency.identifierCode (MENU-TTHC).", vi = "Địa chỉ thủ tục hành chính của xã trên Cổng dịch vụ công của tỉnh, với {code} thay cho agency.identifierCode (MENU-TTHC).") String proceduresUrlTemplate,
        @Doc(value = "Changes to preset items, by key.", vi = "Thay đổi các mục của mẫu, theo mã mục.") Map<String, MenuOverride> overrides,
        @Doc(value = "Items added to the main menu.", vi = "Các mục thêm vào menu chính.") List<MenuItem> main,
        @Doc(value = "Items added to the top menu.", vi = "Các mục thêm vào menu trên cùng.") List<MenuItem> top) {

    /** The key of this section in {@code site.json}: {@code site.section(Menu.SECTION)}. */
    public static final SectionKey<Menu> SECTION = SectionKey.of("menu", Menu.class);

    private static final Pattern TEMPLATE = Pattern.compile("https?://[^\\s{}]+\\{code}[^\\s{}]*");

    public Menu {
        var check = new Check();
        preset = check.matches("preset", preset, MenuItem.KEY, Bilingual.of("mã của một mẫu có sẵn như thanhhoa-camthuy-2023", "a preset id such as thanhhoa-camthuy-2023"));
        proceduresUrlTemplate = check.matches("proceduresUrlTemplate", proceduresUrlTemplate, TEMPLATE,
                Bilingual.of("một địa chỉ https hoặc http có chứa {code}", "an https or http URL containing {code}"));
        overrides = check.map("overrides", overrides);
        main = check.list("main", main);
        top = check.list("top", top);
        check.done();
    }

    public static Menu defaults() {
        return new Menu(null, null, null, null, null);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Menu} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Menu.builder().preset(…).proceduresUrlTemplate(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String preset;
        private String proceduresUrlTemplate;
        private Map<String, MenuOverride> overrides;
        private List<MenuItem> main;
        private List<MenuItem> top;

        private Builder() {
        }

        /** Preset id: thanhhoa-camthuy-2023, vn-national or none. Default: the site's rule set's preset, else vn-national. */
        public Builder preset(String preset) {
            this.preset = preset;
            return this;
        }

        /** URL of the commune's procedures on the provincial public-service portal, with {code} for agency.identifierCode (MENU-TTHC). */
        public Builder proceduresUrlTemplate(String proceduresUrlTemplate) {
            this.proceduresUrlTemplate = proceduresUrlTemplate;
            return this;
        }

        /** Changes to preset items, by key. */
        public Builder overrides(Map<String, MenuOverride> overrides) {
            this.overrides = overrides;
            return this;
        }

        /** Items added to the main menu. */
        public Builder main(List<MenuItem> main) {
            this.main = main;
            return this;
        }

        /** Items added to the top menu. */
        public Builder top(List<MenuItem> top) {
            this.top = top;
            return this;
        }

        /** The Menu; a {@link ValidationException} names every rule the parts break. */
        public Menu build() {
            return new Menu(preset, proceduresUrlTemplate, overrides, main, top);
        }
    }
}
