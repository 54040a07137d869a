package dev.congkit.core.rules;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.congkit.core.check.Severity;
import dev.congkit.core.validation.Check;

/**
 * One requirement in a rule set: how much a failure matters, the legal source it rests on, and the
 * parameters checks and the auditor read (feedback URL, label variants, budgets, limits).
 *
 * <p>Example:
 * <pre>{@code
 * Rule rule = RuleSets.builtIn().effective("vn-nd224-2026", LocalDate.of(2026, 11, 28)).rule("FRESHNESS").orElseThrow();
 * rule.severity();                             // WARNING
 * rule.params().path("maxAgeDays").asInt();    // 30
 * rule.source();                               // "NĐ 42/2022/NĐ-CP Đ4; Luật Tiếp cận thông tin 2016 Đ18"
 * }</pre>
 */
public record Rule(Severity severity, String source, JsonNode params) {

    public Rule {
        var check = new Check();
        check.required("severity", severity);
        source = check.requiredText("source", source);
        params = params == null ? JsonNodeFactory.instance.objectNode() : params;
        check.that("params", params, JsonNode::isObject, Bilingual.of("một đối tượng JSON", "a JSON object"));
        check.done();
    }
}
