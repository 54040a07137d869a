/**
 * The compliance auditor: judges any rendered portal page, built with CổngKit or not, against a
 * rule set and writes reports for the supervising office (REPORT, MONITORING). Arrives with the
 * auditor work; the module exists so that the dependency arrows of the architecture hold from the
 * start.
 */
package dev.congkit.audit;
