/**
 * The compliance auditor: judges any portal's pages, built with CổngKit or not, against a rule set
 * and reports to the supervising office (REPORT, MONITORING). {@link dev.congkit.audit.Auditor}
 * audits one site, {@link dev.congkit.audit.BatchAudit} many; {@code dev.congkit.audit.report}
 * writes JSON, CSV and HTML. How each requirement is judged: {@code docs/auditor.md}.
 */
package dev.congkit.audit;
