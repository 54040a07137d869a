package dev.congkit.core.check.internal;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.Agency;
import dev.congkit.core.model.SiteConfig;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DOMAIN: under Nghị định 224/2026 a commune's site is on {@code tenphuongxa.tentinhthanh.gov.vn},
 * the commune's and the province's names without diacritics, a component of the provincial portal.
 */
public final class DomainCheck implements SiteCheck {

    static final String REQUIREMENT = "DOMAIN";
    private static final Pattern AGENCY_PREFIX = Pattern.compile("(?iu)^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\\s+");
    private static final Pattern COMMUNE_LEVEL = Pattern.compile("(?iu)^(xã|phường|thị trấn|đặc khu)\\s+");
    private static final Pattern PROVINCE_LEVEL = Pattern.compile("(?iu)^(tỉnh|thành phố)\\s+");

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        Agency agency = site.agency();
        if (!agency.level().isCommune()) {
            return List.of();
        }
        String host = agency.baseUrl().host();
        if (host == null) {
            return List.of();
        }
        host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String commune = fold(COMMUNE_LEVEL.matcher(AGENCY_PREFIX.matcher(agency.fullName().strip()).replaceFirst("")).replaceFirst(""));
        String province = agency.parent() == null ? null
                : fold(PROVINCE_LEVEL.matcher(AGENCY_PREFIX.matcher(agency.parent().fullName().strip()).replaceFirst("")).replaceFirst(""));
        String expected = commune + "." + (province == null ? "tentinhthanh" : province) + ".gov.vn";
        String[] labels = host.split("\\.");
        boolean shape = labels.length == 4 && host.endsWith(".gov.vn") && labels[0].equals(commune);
        boolean provinceMatches = province == null || labels.length == 4 && labels[1].equals(province);
        if (shape && provinceMatches) {
            return List.of();
        }
        return List.of(Finding.warning(REQUIREMENT, "agency.baseUrl", Bilingual.of("trang của xã nên ở " + expected
                + " (NĐ 224/2026 Đ11: tenphuongxa.tentinhthanh.gov.vn, tên không dấu), nhưng đang là '" + host + "'",
                "a commune's site should be on " + expected
                + " (NĐ 224/2026 Đ11: tenphuongxa.tentinhthanh.gov.vn, names without diacritics), but was '" + host + "'")));
    }

    /** "Mẫu Sơn" → "mauson", "Đắk R'Lấp" → "dakrlap". */
    static String fold(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
