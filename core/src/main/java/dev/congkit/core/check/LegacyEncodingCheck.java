package dev.congkit.core.check;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.internal.TextFields;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.text.LegacyText;

import java.util.ArrayList;
import java.util.List;

/**
 * UTF8: text typed in a legacy Vietnamese font encoding (TCVN3, VNI, VISCII, Windows-1258) or UTF-8
 * read as Windows-1252, in any text field of the site, with what it was meant to say. A suspicion,
 * so a warning at most. The JDBC store runs it on every save.
 *
 * <p>Example:
 * <pre>{@code
 * new LegacyEncodingCheck().check(site, context);
 * // [warning [UTF8] officials[0].fullName: looks like TCVN3 (ABC, .VnTime) text, not Unicode: did you mean 'Nguyễn Văn Bình'? ...]
 * }</pre>
 */
public final class LegacyEncodingCheck implements SiteCheck {

    /** The requirement its findings concern. */
    public static final String REQUIREMENT = "UTF8";

    @Override
    /** The findings; {@code context} is not used and may be {@code null}. */
    public List<Finding> check(SiteConfig site, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        TextFields.each(site, (path, text) -> LegacyText.detect(text).ifPresent(garbled ->
                findings.add(Finding.suspected(REQUIREMENT, path, message(garbled)))));
        return findings;
    }

    /** What a person reads: the encoding it looks like and the text converted. */
    public static Bilingual message(LegacyText.Garbled garbled) {
        return Bilingual.of("trông như chữ " + garbled.encoding().label() + ", không phải Unicode: có phải là '" + garbled.meant()
                + "'? (lệnh 'congkit fix-encoding' chuyển cả tệp)",
                "looks like " + garbled.encoding().label() + " text, not Unicode: did you mean '" + garbled.meant()
                + "'? ('congkit fix-encoding' converts the file)");
    }
}
