package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address; the domain is kept in lower case.
 *
 * <p>Example:
 * <pre>{@code
 * Email email = Email.of("vanphong.mauson@thanhhoa.gov.vn");
 * email.isGovVn();   // true
 * email.mailto();    // "mailto:vanphong.mauson@thanhhoa.gov.vn"
 * }</pre>
 */
public record Email(String value) implements TextValue {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public Email {
        String text = Check.normalize(value);
        if (text == null) {
            throw ValidationException.of("", Bilingual.of("không được để trống", "is required"));
        }
        int at = text.lastIndexOf('@');
        String domain = at < 0 ? "" : text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (at <= 0 || text.length() > 254 || !LOCAL.matcher(text.substring(0, at)).matches()
                || !DOMAIN.matcher(domain).matches()) {
            throw ValidationException.of("", Check.mustBe(Bilingual.of("một địa chỉ thư điện tử", "an e-mail address"), text));
        }
        value = text.substring(0, at + 1) + domain;
    }

    public static Email of(String value) {
        return new Email(value);
    }

    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** Whether the address is on a Vietnamese state domain ({@code gov.vn} or below). */
    public boolean isGovVn() {
        String domain = domain();
        return domain.equals("gov.vn") || domain.endsWith(".gov.vn");
    }

    /** The {@code mailto:} URI for links. */
    public String mailto() {
        return "mailto:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
