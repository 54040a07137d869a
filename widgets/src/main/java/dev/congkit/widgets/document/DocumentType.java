package dev.congkit.widgets.document;

import dev.congkit.widgets.internal.Slugs;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of an administrative document (thể thức văn bản, Nghị định 30/2020/NĐ-CP Phụ lục III):
 * its abbreviation in the number and symbol ({@code QĐ} in {@code 05/QĐ-UBND}) and its slug in the
 * list's filter ({@code ?loai=quyet-dinh}). A công văn has no abbreviation of its own.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in a document: "type": "QUYET_DINH"
 * DocumentType.QUYET_DINH.abbreviation();   // "QĐ"
 * DocumentType.fromSlug("ke-hoach");          // Optional[KE_HOACH]
 * }</pre>
 */
public enum DocumentType {
    NGHI_QUYET("NQ", true),
    QUYET_DINH("QĐ", true),
    CHI_THI("CT", true),
    KE_HOACH("KH", false),
    BAO_CAO("BC", false),
    THONG_BAO("TB", false),
    CONG_VAN("", false),
    TO_TRINH("TTr", false),
    HUONG_DAN("HD", false),
    KET_LUAN("KL", false),
    CHUONG_TRINH("CTr", false),
    QUY_CHE("QC", false),
    CONG_DIEN("CĐ", false),
    GIAY_MOI("GM", false),
    BIEN_BAN("BB", false);

    private final String abbreviation;
    private final boolean legal;

    DocumentType(String abbreviation, boolean legal) {
        this.abbreviation = abbreviation;
        this.legal = legal;
    }

    /** The abbreviation in a number and symbol; empty for a công văn. */
    public String abbreviation() {
        return abbreviation;
    }

    /** Whether the type can be a legal document (Legislation in JSON-LD) rather than a plain administrative one. */
    public boolean legal() {
        return legal;
    }

    /** The filter value in URLs: {@code quyet-dinh}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<DocumentType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug().equals(slug)).findFirst();
    }

    /** The type whose abbreviation this is, compared without diacritics and case ("QD" is QĐ). */
    public static Optional<DocumentType> fromAbbreviation(String abbreviation) {
        String folded = Slugs.of(abbreviation);
        return Arrays.stream(values()).filter(type -> !type.abbreviation.isEmpty() && Slugs.of(type.abbreviation).equals(folded)).findFirst();
    }
}
