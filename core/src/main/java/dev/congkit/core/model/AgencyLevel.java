package dev.congkit.core.model;

/**
 * The administrative level of an agency. Communes come as xã, phường, thị trấn (until the 2025
 * reform) or đặc khu; HUYEN is kept for sites that still describe a former district.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "agency": { "level": "XA", ... }
 * boolean commune = site.agency().level().isCommune();   // XA, PHUONG, THI_TRAN and DAC_KHU are communes
 * }</pre>
 */
public enum AgencyLevel {
    TINH, XA, PHUONG, THI_TRAN, DAC_KHU, HUYEN;

    /** Whether this is a commune-level unit (cấp xã). */
    public boolean isCommune() {
        return this == XA || this == PHUONG || this == THI_TRAN || this == DAC_KHU;
    }
}
