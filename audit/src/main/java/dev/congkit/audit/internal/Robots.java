package dev.congkit.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt that concern CổngKit: the group naming {@code congkit}, else the group
 * for {@code *}. Longest matching rule wins, Allow over Disallow on a tie; {@code *} and {@code $}
 * are understood as in RFC 9309.
 */
final class Robots {

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;
    private final List<String> sitemaps;

    private Robots(List<Rule> rules, List<String> sitemaps) {
        this.rules = rules;
        this.sitemaps = sitemaps;
    }

    static Robots parse(String text) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> everyone = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        boolean lastWasAgent = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (!lastWasAgent) {
                        agents.clear();
                    }
                    agents.add(value.toLowerCase(Locale.ROOT));
                    lastWasAgent = true;
                }
                case "allow", "disallow" -> {
                    lastWasAgent = false;
                    if (value.isEmpty()) {
                        continue;
                    }
                    Rule rule = new Rule("allow".equals(key), value);
                    if (agents.stream().anyMatch(a -> a.contains("congkit"))) {
                        ours.add(rule);
                    } else if (agents.contains("*")) {
                        everyone.add(rule);
                    }
                }
                case "sitemap" -> sitemaps.add(value);
                default -> lastWasAgent = false;
            }
        }
        return new Robots(ours.isEmpty() ? everyone : ours, List.copyOf(sitemaps));
    }

    boolean allows(String path) {
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    List<String> sitemaps() {
        return sitemaps;
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return java.util.regex.Pattern.compile(regex + (anchored ? "" : ".*"), java.util.regex.Pattern.DOTALL)
                .matcher(path).matches();
    }
}
