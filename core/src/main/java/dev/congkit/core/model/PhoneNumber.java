package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.util.regex.Pattern;

/**
 * A Vietnamese telephone number as people write it ("0237 3 123 456", "+84 912 345 678", "1022").
 * Accepted: mobile numbers (10 digits starting 03, 05, 07, 08, 09), landlines (11 digits starting
 * 02: area code and subscriber), 1800/1900 service numbers and short hotlines (3 or 4 digits
 * starting 1, such as 113 or 1022). The {@code +84} form is accepted and normalised.
 *
 * <p>Example:
 * <pre>{@code
 * PhoneNumber phone = PhoneNumber.of("0237 3 836 123");
 * phone.kind();   // LANDLINE
 * phone.tel();    // "tel:+842373836123"
 * }</pre>
 */
public record PhoneNumber(String value) implements TextValue {

    /**
     * What kind of number this is: a person's line, or an organisation's service or hotline.
     *
     * <p>Example:
     * <pre>{@code
     * PhoneNumber.Kind kind = PhoneNumber.of("0912 345 678").kind();   // MOBILE
     * }</pre>
     */
    public enum Kind { MOBILE, LANDLINE, SERVICE, SHORT }

    private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 .()-]+");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    private static final Pattern LANDLINE = Pattern.compile("02[0-9]{9}");
    private static final Pattern SERVICE = Pattern.compile("1[89]00([0-9]{4}|[0-9]{6})");
    private static final Pattern SHORT = Pattern.compile("1[0-9]{2,3}");

    public PhoneNumber {
        String text = Check.normalize(value);
        if (text == null) {
            throw ValidationException.of("", Bilingual.of("không được để trống", "is required"));
        }
        if (!WRITTEN.matcher(text).matches() || kindOf(national(text)) == null) {
            throw ValidationException.of("", Check.mustBe(Bilingual.of("một số điện thoại Việt Nam (di động 0xx xxx xxxx, "
                    + "cố định 02xx xxx xxxx, 1800/1900 hoặc đường dây nóng số ngắn)", "a Vietnamese phone number (mobile 0xx xxx xxxx, "
                    + "landline 02xx xxx xxxx, 1800/1900 or a short hotline)"), text));
        }
        value = text;
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    public Kind kind() {
        return kindOf(national(value));
    }

    /** The digits as dialled inside Vietnam, e.g. {@code 02373123456}. */
    public String nationalDigits() {
        return national(value);
    }

    /** The {@code tel:} URI: international form for subscriber numbers, as dialled for hotlines. */
    public String tel() {
        String digits = national(value);
        return switch (kind()) {
            case MOBILE, LANDLINE -> "tel:+84" + digits.substring(1);
            case SERVICE, SHORT -> "tel:" + digits;
        };
    }

    @Override
    public String toString() {
        return value;
    }

    private static String national(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        if (text.startsWith("+")) {
            return digits.startsWith("84") ? "0" + digits.substring(2) : "+" + digits;
        }
        return digits;
    }

    private static Kind kindOf(String digits) {
        if (MOBILE.matcher(digits).matches()) {
            return Kind.MOBILE;
        }
        if (LANDLINE.matcher(digits).matches()) {
            return Kind.LANDLINE;
        }
        if (SERVICE.matcher(digits).matches()) {
            return Kind.SERVICE;
        }
        return SHORT.matcher(digits).matches() ? Kind.SHORT : null;
    }
}
