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
            throw new IllegalArgumentException("name: is required");
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code: must be the five-digit administrative unit code, such as 16555, but was \"" + code + "\"");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url: must be an http or https address, but was \"" + url + "\"");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("url: must be an http or https address, but was \"" + url + "\"");
        }
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
