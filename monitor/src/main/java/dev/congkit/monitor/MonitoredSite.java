package dev.congkit.monitor;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One portal the office supervises: the unit's name, its administrative unit code ({@code 16555}),
 * optionally the agency's identifier code ({@code H56.39.12}, a different thing), the portal's
 * address, the rule set to audit it against (the office's default when {@code null}) and a contact.
 *
 * <p>Example:
 * <pre>{@code
 * MonitoredSite mauSon = new MonitoredSite("Xã Mẫu Sơn", "16555", "H56.39.12", "https://mauson.thanhhoa.gov.vn/", null, "0237 3 000 001");
 * }</pre>
 */
public record MonitoredSite(String name, String code, String identifier, String url, String ruleSet, String contact) {

    private static final Pattern CODE = Pattern.compile("[0-9]{5}");

    public MonitoredSite {
        name = text(name);
        code = text(code);
        identifier = blankToNull(identifier);
        url = text(url);
        ruleSet = blankToNull(ruleSet);
        contact = blankToNull(contact);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("tên đơn vị (name): bắt buộc");
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("mã đơn vị hành chính (code): phải gồm 5 chữ số, ví dụ 16555, nhưng là \"" + code + "\"");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("địa chỉ trang (url): phải là địa chỉ http hoặc https, nhưng là \"" + url + "\"");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("địa chỉ trang (url): phải là địa chỉ http hoặc https, nhưng là \"" + url + "\"");
        }
    }

    /** The kind of unit, read from its name ("Xã …", "Phường …", "Đặc khu …", "Thị trấn …"), or {@code null} when the name does not say. */
    public dev.congkit.core.model.AgencyLevel unitType() {
        String plain = dev.congkit.core.text.TextMatch.plain(name);
        if (plain.startsWith("phuong ")) {
            return dev.congkit.core.model.AgencyLevel.PHUONG;
        }
        if (plain.startsWith("dac khu ")) {
            return dev.congkit.core.model.AgencyLevel.DAC_KHU;
        }
        if (plain.startsWith("thi tran ")) {
            return dev.congkit.core.model.AgencyLevel.THI_TRAN;
        }
        return plain.startsWith("xa ") ? dev.congkit.core.model.AgencyLevel.XA : null;
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
