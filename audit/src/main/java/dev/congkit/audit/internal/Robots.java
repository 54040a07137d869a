package dev.congkit.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt that concern CổngKit: the group naming {@code congkit}, else the group
 * for {@code *}. Longest matching rule wins, Allow over Disallow on a tie; {@code *} and {@code $}
 * are understood as in RFC 9309 and matched without regular expressions, so that no pattern can
 * make matching slow. A robots.txt that could not be read (a server error, no answer) forbids all.
 */
public final class Robots {

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;
    private final List<String> sitemaps;
    private final String unavailable;

    private Robots(List<Rule> rules, List<String> sitemaps, String unavailable) {
        this.rules = rules;
        this.sitemaps = sitemaps;
        this.unavailable = unavailable;
    }

    /** The rules when robots.txt could not be read: everything is forbidden (RFC 9309 §2.3.1.4). */
    static Robots unavailable(String why) {
        return new Robots(List.of(), List.of(), why);
    }

    /** Why robots.txt could not be read, or {@code null} when it was (or was absent, which allows all). */
    public String unavailable() {
        return unavailable;
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
        return new Robots(ours.isEmpty() ? everyone : ours, List.copyOf(sitemaps), null);
    }

    boolean allows(String path) {
        if (unavailable != null) {
            return false;
        }
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

    /** Whether {@code path} matches {@code pattern}: each {@code *} matches any run, a final {@code $} the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int star = body.indexOf('*'); star >= 0; star = body.indexOf('*', from)) {
            parts.add(body.substring(from, star));
            from = star + 1;
        }
        parts.add(body.substring(from));
        if (!path.startsWith(parts.get(0))) {
            return false;
        }
        int position = parts.get(0).length();
        int last = parts.size() - 1;
        if (last == 0) {
            return !anchored || position == path.length();
        }
        // leftmost placement of each middle part is never worse for the parts after it
        for (int i = 1; i < last; i++) {
            int at = path.indexOf(parts.get(i), position);
            if (at < 0) {
                return false;
            }
            position = at + parts.get(i).length();
        }
        String tail = parts.get(last);
        return anchored ? path.length() - tail.length() >= position && path.endsWith(tail) : path.indexOf(tail, position) >= 0;
    }
}
