package dev.congkit.widgets.document;

import dev.congkit.core.i18n.Bilingual;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and symbol of a document ("Số/ký hiệu", Nghị định 30/2020/NĐ-CP Phụ lục I): a number,
 * optionally the year, then the symbol: {@code 05/QĐ-UBND}, {@code 45/UBND-VP} (a công văn),
 * {@code 01/2026/QĐ-UBND} (a legal document), {@code 12/KH-MTTQ-BTT}, and the Party's form
 * {@code 15-NQ/ĐU}. Symbols are capitals (lower case only inside abbreviations such as {@code TTr})
 * and use Đ (U+0110), never the look-alike Ð (U+00D0).
 *
 * <p>Example:
 * <pre>{@code
 * DocumentNumber.problem("05/QĐ-UBND");    // Optional.empty()
 * DocumentNumber.problem("05/QÐ-UBND");    // "uses Ð (U+00D0, Icelandic eth) where Đ (U+0110) is meant: ..."
 * DocumentNumber.typeAbbreviation("05/QĐ-UBND");   // Optional["QĐ"]
 * }</pre>
 */
public final class DocumentNumber {

    private static final String PART = "[A-ZĐ][A-ZĐa-zđ0-9]*";
    /** State form: number[/year]/SYMBOL-PARTS. */
    private static final Pattern STATE = Pattern.compile("([0-9]{1,5}[a-z]?)(/(19|20)[0-9]{2})?/(" + PART + ")((-" + PART + ")*)");
    /** Party form: number-TYPE/ISSUER[-UNIT]. */
    private static final Pattern PARTY = Pattern.compile("([0-9]{1,5})-(" + PART + ")/(" + PART + ")((-" + PART + ")*)");

    private DocumentNumber() {
    }

    /** What is wrong with {@code number}, in a sentence that quotes it, or empty when it has the standard form. */
    public static Optional<Bilingual> problem(String number) {
        if (number.indexOf('\u00D0') >= 0) {
            String meant = number.replace('\u00D0', 'Đ');
            return Optional.of(Bilingual.of("dùng chữ Ð (U+00D0, chữ eth của tiếng Iceland) thay cho Đ (U+0110): hãy gõ lại '" + meant
                    + "', vì số hiệu được tìm và sắp xếp theo từng chữ", "uses Ð (U+00D0, Icelandic eth) where Đ (U+0110) is meant: retype '" + meant
                    + "', as the number is searched and sorted by its letters"));
        }
        if (STATE.matcher(number).matches() || PARTY.matcher(number).matches()) {
            return Optional.empty();
        }
        return Optional.of(Bilingual.of("phải là số, ký hiệu như 05/QĐ-UBND, 45/UBND-VP, 01/2026/QĐ-UBND hoặc 15-NQ/ĐU, nhưng đang là '" + number + "'",
                "must be a number and symbol such as 05/QĐ-UBND, 45/UBND-VP, 01/2026/QĐ-UBND or 15-NQ/ĐU, but was '" + number + "'"));
    }

    /**
     * The abbreviation of the document's type in the symbol ({@code QĐ} of {@code 05/QĐ-UBND},
     * {@code NQ} of {@code 15-NQ/ĐU}); empty when the symbol names no type (a công văn: {@code 45/UBND-VP}).
     */
    public static Optional<String> typeAbbreviation(String number) {
        Matcher party = PARTY.matcher(number);
        if (party.matches()) {
            return Optional.of(party.group(2));
        }
        Matcher state = STATE.matcher(number);
        if (state.matches()) {
            String first = state.group(4);
            return DocumentType.fromAbbreviation(first).isPresent() ? Optional.of(first) : Optional.empty();
        }
        return Optional.empty();
    }
}
