package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A link target that is safe to put in {@code href} or {@code src}: an absolute URL whose scheme is
 * {@code https}, {@code http}, {@code mailto} or {@code tel}, or a site-relative reference
 * ({@code /gioi-thieu}, {@code #noi-dung}, {@code lich.html}). {@code javascript:}, {@code data:}
 * and every other scheme, protocol-relative {@code //host} links, white space and control
 * characters are refused.
 *
 * <p>Example:
 * <pre>{@code
 * WebLink.of("https://mauson.thanhhoa.gov.vn/tin-tuc").host();   // "mauson.thanhhoa.gov.vn"
 * WebLink.of("/lich-cong-tac").isSiteRelative();                 // true
 * WebLink.of("javascript:alert(1)");                             // throws ValidationException
 * }</pre>
 */
public record WebLink(String value) implements TextValue {

    private static final Set<String> SCHEMES = Set.of("https", "http", "mailto", "tel");

    public WebLink {
        String text = Check.normalize(value);
        if (text == null) {
            throw ValidationException.of("", Bilingual.of("không được để trống", "is required"));
        }
        Bilingual problem = problem(text);
        if (problem != null) {
            throw ValidationException.of("", problem.then(Bilingual.of(", nhưng đang là ", ", but was ")).then(Bilingual.same(Check.quote(text))));
        }
        value = text;
    }

    public static WebLink of(String value) {
        return new WebLink(value);
    }

    /** The scheme in lower case, or {@code null} for a site-relative reference. */
    public String scheme() {
        int colon = schemeEnd(value);
        return colon < 0 ? null : value.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    public boolean isSiteRelative() {
        return scheme() == null;
    }

    /**
     * Whether this is a page's path on the site where something is served: starting with {@code /},
     * with no query, no fragment and no trailing slash ({@code /van-ban/xa}, {@code /tin-tuc.atom}).
     */
    public boolean isPagePath() {
        return isSiteRelative() && value.startsWith("/") && value.indexOf('?') < 0 && value.indexOf('#') < 0
                && (value.length() == 1 || !value.endsWith("/"));
    }

    /** Whether this is an absolute {@code http(s)} URL. */
    public boolean isWeb() {
        String scheme = scheme();
        return "https".equals(scheme) || "http".equals(scheme);
    }

    /** The host of an absolute web URL in lower case, otherwise {@code null}. */
    public String host() {
        if (!isWeb()) {
            return null;
        }
        try {
            String host = new URI(value).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }

    private static Bilingual problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return Bilingual.of("phải là một liên kết không có dấu cách hay ký tự điều khiển", "must be a link without spaces or control characters");
            }
        }
        if (text.startsWith("//") || text.startsWith("\\") || text.startsWith("/\\")) {
            return Bilingual.of("phải là địa chỉ https, http, mailto, tel hoặc một đường dẫn trong trang (không bắt đầu bằng //)", "must be an https, http, mailto or tel URL or a site-relative path (not protocol-relative)");
        }
        int colon = schemeEnd(text);
        if (colon >= 0) {
            String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme)) {
                return Bilingual.of("phải là địa chỉ https, http, mailto, tel hoặc một đường dẫn trong trang", "must be an https, http, mailto or tel URL or a site-relative path");
            }
            if ((scheme.equals("https") || scheme.equals("http")) && !hasHost(text)) {
                return Bilingual.of("phải là địa chỉ đầy đủ có tên máy chủ", "must be an absolute URL with a host name");
            }
        }
        try {
            new URI(text.replace("%", "%25").replaceAll("[^\\x21-\\x7e]", "x"));
        } catch (URISyntaxException e) {
            return Bilingual.of("phải là một địa chỉ viết đúng quy cách", "must be a well-formed URL");
        }
        return null;
    }

    private static boolean hasHost(String text) {
        try {
            String host = new URI(text).getHost();
            return host != null && !host.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Index of the colon ending a scheme, or -1 when the reference is relative (RFC 3986 §4.2). */
    private static int schemeEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i == 0 ? -1 : i;
            }
            if (c == '/' || c == '?' || c == '#') {
                return -1;
            }
            boolean schemeChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.');
            if (!schemeChar) {
                return -1;
            }
        }
        return -1;
    }
}
