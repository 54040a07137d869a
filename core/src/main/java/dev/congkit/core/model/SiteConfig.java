package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole configuration of one site, as read from {@code site.json}: the shared model (agency,
 * officials, links, rule set) plus each widget's own section, keyed by section name.
 *
 * <p>Example:
 * <pre>{@code
 * SiteConfig site = SiteConfigLoader.withRegisteredSections().load(Path.of("site.json"));
 * site.agency().fullName();                 // "Ủy ban nhân dân xã Mẫu Sơn"
 * site.official("nguyen-thi-huong");        // Optional<Official>
 * site.link("search");                      // Optional<WebLink>
 * site.section(Footer.SECTION);             // Optional<Footer>, the widget's typed key
 * }</pre>
 *
 * @param ruleSet  the rule set the site follows, or {@code null} for the national set in force on
 *                 the date of a check
 * @param updated  when the configuration was last updated by the commune
 * @param links    named links shared by widgets: {@code search}, {@code login}, {@code webmail},
 *                 {@code publicServices}, {@code contact}, …
 * @param sections each widget's section, bound to the record type its widget registered
 */
public record SiteConfig(
        @Doc(value = "Rule set id, e.g. \"thanhhoa-camthuy-2023\"; omitted means the national set in force.", vi = "Mã bộ quy tắc, ví dụ \"thanhhoa-camthuy-2023\"; bỏ trống là bộ quốc gia đang có hiệu lực.") String ruleSet,
        @Doc(value = "Date the commune last updated this file (yyyy-mm-dd).", vi = "Ngày xã cập nhật tệp này lần cuối (yyyy-mm-dd).") LocalDate updated,
        @Required @Doc(value = "The agency that owns the site.", vi = "Cơ quan chủ quản của trang.") Agency agency,
        @Doc(value = "Officials whose contacts are published.", vi = "Các cán bộ được công bố thông tin liên hệ.") List<Official> officials,
        @Doc(value = "Named links shared by widgets: search, login, webmail, publicServices, contact, ...", vi = "Các liên kết có tên dùng chung cho các thành phần: search, login, webmail, publicServices, contact, ...") Map<String, WebLink> links,
        @Doc(value = "Changes to the working calendar (holidays, swapped days) used by schedules and freshness rules.", vi = "Thay đổi lịch làm việc (ngày nghỉ, ngày đổi) dùng cho lịch và quy tắc cập nhật.") WorkCalendar workCalendar,
        Map<String, Object> sections) {

    private static final Pattern RULE_SET = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LINK_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public SiteConfig {
        var check = new Check();
        ruleSet = check.matches("ruleSet", ruleSet, RULE_SET, Bilingual.of("mã một bộ quy tắc như vn-nd42-2022", "a rule set id such as vn-nd42-2022"));
        check.required("agency", agency);
        officials = check.list("officials", officials);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < officials.size(); i++) {
            if (!ids.add(officials.get(i).id())) {
                check.fail("officials[" + i + "].id", Check.notUnique(officials.get(i).id(),
                        Bilingual.of("đã dùng cho một cán bộ trước đó", "is used by an earlier official")));
            }
        }
        links = check.map("links", links);
        for (String name : links.keySet()) {
            if (!LINK_NAME.matcher(name).matches()) {
                check.fail("links", Bilingual.of("tên phải viết liền kiểu camelCase (như zalo, facebookPage), nhưng đang là " + Check.quote(name), "names must be camelCase identifiers, but was " + Check.quote(name)));
            }
        }
        workCalendar = workCalendar == null ? WorkCalendar.empty() : workCalendar;
        sections = check.map("sections", sections);
        check.done();
    }

    /** A configuration with only the shared model and no widget sections. */
    public static SiteConfig of(Agency agency) {
        return new SiteConfig(null, null, agency, List.of(), Map.of(), null, Map.of());
    }

    /** The section {@code key} names, if the site has it: {@code site.section(Footer.SECTION)}. */
    public <T extends Record> Optional<T> section(SectionKey<T> key) {
        return section(key.name(), key.type());
    }

    /** The section registered under {@code name}, if the site has it; prefer {@link #section(SectionKey)}. */
    public <T> Optional<T> section(String name, Class<T> type) {
        Object value = sections.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** The official with {@code id}, in office or not (a past schedule week may name a former official). */
    public Optional<Official> official(String id) {
        return officials.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The officials in office on {@code day}: those the directory, contact cards and vCards publish. */
    public List<Official> officialsOn(LocalDate day) {
        return officials.stream().filter(o -> o.activeOn(day)).toList();
    }

    public Optional<WebLink> link(String name) {
        return Optional.ofNullable(links.get(name));
    }

    /** Every image the configuration uses: the logo, officials' photos and the sections' images. */
    public List<ImageUse> imageUses() {
        List<ImageUse> uses = new java.util.ArrayList<>();
        if (agency.logo() != null) {
            uses.add(new ImageUse("agency.logo.src", agency.logo().src(), "logo"));
        }
        for (int i = 0; i < officials.size(); i++) {
            if (officials.get(i).photo() != null) {
                uses.add(new ImageUse("officials[" + i + "].photo", officials.get(i).photo(), "avatar"));
            }
        }
        sections.forEach((name, section) -> {
            if (section instanceof ReferencesImages images) {
                images.imageUses().forEach(u -> uses.add(new ImageUse(name + "." + u.path(), u.url(), u.slot())));
            }
        });
        return uses;
    }

    /** A copy with {@code section} set under its key. */
    public <T extends Record> SiteConfig withSection(SectionKey<T> key, T section) {
        return withSection(key.name(), key.type().cast(section));
    }

    /** A copy with {@code section} set under {@code name}. */
    public SiteConfig withSection(String name, Object section) {
        var copy = new java.util.LinkedHashMap<>(sections);
        copy.put(name, section);
        return new SiteConfig(ruleSet, updated, agency, officials, links, workCalendar, copy);
    }

    /** A builder for a site built in code: the agency now, the rest by name. */
    public static Builder builder(Agency agency) {
        return new Builder(agency);
    }

    /**
     * Builds a {@link SiteConfig} in code, sections by their typed keys; {@code SiteValidator} then
     * runs the cross-section checks the file loader runs.
     *
     * <pre>{@code
     * SiteConfig site = SiteConfig.builder(agency).ruleSet("thanhhoa-camthuy-2023")
     *         .official(huong).link("search", WebLink.of("https://mauson.thanhhoa.gov.vn/tim-kiem"))
     *         .section(Footer.SECTION, footer).build();
     * }</pre>
     */
    public static final class Builder {
        private final Agency agency;
        private String ruleSet;
        private LocalDate updated;
        private final List<Official> officials = new java.util.ArrayList<>();
        private final Map<String, WebLink> links = new java.util.LinkedHashMap<>();
        private WorkCalendar workCalendar;
        private final Map<String, Object> sections = new java.util.LinkedHashMap<>();

        private Builder(Agency agency) {
            this.agency = agency;
        }

        /** The rule set id, e.g. "thanhhoa-camthuy-2023"; unset means the national set in force. */
        public Builder ruleSet(String ruleSet) {
            this.ruleSet = ruleSet;
            return this;
        }

        /** When the commune last updated its data. */
        public Builder updated(LocalDate updated) {
            this.updated = updated;
            return this;
        }

        /** One more official, after those already added. */
        public Builder official(Official official) {
            officials.add(official);
            return this;
        }

        /** Officials, after those already added. */
        public Builder officials(List<Official> more) {
            officials.addAll(more);
            return this;
        }

        /** A named link shared by widgets: search, login, webmail, publicServices, contact, … */
        public Builder link(String name, WebLink link) {
            links.put(name, link);
            return this;
        }

        /** Changes to the working calendar. */
        public Builder workCalendar(WorkCalendar workCalendar) {
            this.workCalendar = workCalendar;
            return this;
        }

        /** A widget's section under its key. */
        public <T extends Record> Builder section(SectionKey<T> key, T section) {
            sections.put(key.name(), key.type().cast(section));
            return this;
        }

        /** The site; a {@link ValidationException} names every rule the parts break. */
        public SiteConfig build() {
            return new SiteConfig(ruleSet, updated, agency, officials, links, workCalendar, sections);
        }
    }
}
