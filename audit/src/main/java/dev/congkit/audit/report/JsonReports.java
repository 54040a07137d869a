package dev.congkit.audit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.Evidence;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.Status;
import dev.congkit.core.check.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports as JSON for machines, in the versioned format {@value SiteReport#SCHEMA} (one site) and
 * {@value #SUMMARY_SCHEMA} (a batch), described in {@code docs/audit-report.md} and by the JSON
 * Schemas shipped beside this class.
 *
 * <p>Example:
 * <pre>{@code
 * String json = JsonReports.site(report);                       // congkit-audit-report/1
 * SiteReport again = JsonReports.read(new ObjectMapper().readTree(json));
 * List<SiteReport> lastMonth = JsonReports.readSummary(Files.readString(Path.of("thang-10/summary.json")));
 * }</pre>
 */
public final class JsonReports {

    public static final String SUMMARY_SCHEMA = "congkit-audit-summary/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReports() {
    }

    public static String site(SiteReport report) {
        return write(tree(report));
    }

    public static String summary(List<SiteReport> reports, ReportHeading heading) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SUMMARY_SCHEMA);
        heading.into(root);
        root.put("sites", reports.size());
        ArrayNode sites = root.putArray("reports");
        reports.forEach(r -> sites.add(tree(r)));
        return write(root);
    }

    /** The tree of one site's report. */
    public static ObjectNode tree(SiteReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SiteReport.SCHEMA);
        root.put("target", report.target());
        root.put("url", report.url());
        root.put("title", report.title());
        report.ruleSets().forEach(root.withArray("ruleSets")::add);
        root.put("date", report.date().toString());
        root.put("reachable", report.reachable());
        if (report.score().isPresent()) {
            root.put("score", Math.round(report.score().getAsDouble() * 10000) / 10000.0);
        } else {
            root.putNull("score");
        }
        ObjectNode counts = root.putObject("counts");
        for (Status status : Status.values()) {
            counts.put(status.id(), report.count(status));
        }
        report.notes().forEach(root.withArray("notes")::add);
        report.pages().forEach(root.withArray("pages")::add);
        ArrayNode findings = root.putArray("findings");
        for (AuditFinding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("requirement", finding.requirement());
            node.put("status", finding.status().id());
            node.put("severity", finding.severity().id());
            node.put("message", finding.message());
            node.put("source", finding.source());
            if (!finding.remedy().isEmpty()) {
                node.put("remedy", finding.remedy());
            }
            ArrayNode evidence = node.putArray("evidence");
            for (Evidence e : finding.evidence()) {
                evidence.addObject().put("url", e.url()).put("selector", e.selector()).put("excerpt", e.excerpt());
            }
        }
        return root;
    }

    /** Reads back a site report written by {@link #tree}; used to compare a batch with the previous one. */
    public static SiteReport read(JsonNode node) {
        List<AuditFinding> findings = new ArrayList<>();
        for (JsonNode f : node.path("findings")) {
            List<Evidence> evidence = new ArrayList<>();
            f.path("evidence").forEach(e -> evidence.add(new Evidence(e.path("url").asText(), e.path("selector").asText(),
                    e.path("excerpt").asText())));
            findings.add(new AuditFinding(f.path("requirement").asText(), Status.fromId(f.path("status").asText()),
                    Severity.valueOf(f.path("severity").asText("warning").toUpperCase(Locale.ROOT)), f.path("message").asText(),
                    evidence, f.path("source").asText(), f.path("remedy").asText("")));
        }
        List<String> ruleSets = new ArrayList<>();
        node.path("ruleSets").forEach(r -> ruleSets.add(r.asText()));
        List<String> notes = new ArrayList<>();
        node.path("notes").forEach(n -> notes.add(n.asText()));
        List<String> pages = new ArrayList<>();
        node.path("pages").forEach(p -> pages.add(p.asText()));
        return new SiteReport(node.path("target").asText(), node.path("url").asText(), node.path("title").asText(), ruleSets,
                LocalDate.parse(node.path("date").asText()), node.path("reachable").asBoolean(), notes, pages, findings);
    }

    /** The site reports of a summary written by {@link #summary}. */
    public static List<SiteReport> readSummary(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (!SUMMARY_SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException("not a CổngKit audit summary (schema " + SUMMARY_SCHEMA + "), but schema '"
                    + root.path("schema").asText("") + "'");
        }
        List<SiteReport> reports = new ArrayList<>();
        for (JsonNode site : root.path("reports")) {
            try {
                reports.add(read(site));
            } catch (RuntimeException e) {
                throw new IOException("a site report in the summary cannot be read: " + e.getMessage(), e);
            }
        }
        return reports;
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
