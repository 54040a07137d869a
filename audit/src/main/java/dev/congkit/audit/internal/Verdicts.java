package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the judges concluded, per requirement ID; the first verdict on an ID stands. */
public final class Verdicts {

    /** How a requirement came out, before the rule set's severity turns "not met" into fail or warning. */
    public enum Outcome { MET, NOT_MET, NOT_APPLICABLE, CANNOT_JUDGE }

    public record Verdict(String requirement, Outcome outcome, String message, List<Evidence> evidence) {
        public Verdict {
            evidence = List.copyOf(evidence);
        }
    }

    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();

    public void met(String id, String message, List<Evidence> evidence) {
        put(new Verdict(id, Outcome.MET, message, evidence));
    }

    public void notMet(String id, String message, List<Evidence> evidence) {
        put(new Verdict(id, Outcome.NOT_MET, message, evidence));
    }

    public void notApplicable(String id, String message) {
        put(new Verdict(id, Outcome.NOT_APPLICABLE, message, List.of()));
    }

    public void cannotJudge(String id, String message) {
        put(new Verdict(id, Outcome.CANNOT_JUDGE, message, List.of()));
    }

    /** Met or not met by a condition, the message said either way. */
    public void judge(String id, boolean met, String message, List<Evidence> evidence) {
        put(new Verdict(id, met ? Outcome.MET : Outcome.NOT_MET, message, evidence));
    }

    public Verdict get(String id) {
        return verdicts.get(id);
    }

    private void put(Verdict verdict) {
        verdicts.putIfAbsent(verdict.requirement(), verdict);
    }
}
