package dev.congkit.core.model;

/**
 * A value written in {@code site.json} as one JSON string and validated on construction
 * ({@link Email}, {@link PhoneNumber}, {@link WebLink}). Implementations are records with a single
 * {@code String} component, which is how the loader and the schema generator recognise them.
 *
 * <p>Example:
 * <pre>{@code
 * TextValue value = Email.of("vanphong.mauson@thanhhoa.gov.vn");
 * String asWritten = value.value();   // NFC, as in site.json
 * }</pre>
 */
public interface TextValue {

    /** The value as written in the configuration (normalised to NFC). */
    String value();
}
