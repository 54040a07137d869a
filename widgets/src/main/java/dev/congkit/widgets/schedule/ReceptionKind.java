package dev.congkit.widgets.schedule;

/**
 * A reception session held on the regular cycle, or an extra one.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in a session: "kind": "AD_HOC"
 * boolean regular = session.kind() == ReceptionKind.PERIODIC;
 * }</pre>
 */
public enum ReceptionKind { PERIODIC, AD_HOC }
