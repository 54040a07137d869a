package dev.congkit.audit;

import dev.congkit.core.check.Severity;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one requirement of the rule set for one site.
 *
 *
 * <p>Example:
 * <pre>{@code
 * for (AuditFinding finding : report.findings()) {
 *     if (finding.status() == Status.FAIL) {
 *         System.out.println(finding.requirement() + ": " + finding.message() + " (" + finding.source() + ")");
 *         finding.evidence().forEach(e -> System.out.println("  " + e.url() + " " + e.selector()));
 *     }
 * }
 * }</pre>
 *
 * @param requirement the requirement ID of the catalogue, e.g. {@code BANNER-FEEDBACK}
 * @param status      the verdict
 * @param severity    how much a failure matters under the rule set
 * @param message     what was found, in the report's language
 * @param evidence    where it was seen (empty when nothing could be pointed at)
 * @param source      the legal source the rule set cites
 * @param remedy      how to meet it, for a failure or warning ("Cách khắc phục", from the rule set's {@code fix} parameter
 *                    or CổngKit's own line for the requirement), empty otherwise
 */
public record AuditFinding(String requirement, Status status, Severity severity, String message,
                           List<Evidence> evidence, String source, String remedy) {

    public AuditFinding {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
        source = source == null ? "" : source;
        remedy = remedy == null ? "" : remedy;
    }

    /** A finding with no remedy given. */
    public AuditFinding(String requirement, Status status, Severity severity, String message, List<Evidence> evidence, String source) {
        this(requirement, status, severity, message, evidence, source, "");
    }
}
