package dev.congkit.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration could not be loaded; {@link #problems()} lists every problem found.
 *
 * <p>Example:
 * <pre>{@code
 * try {
 *     SiteConfig site = SiteConfigLoader.withRegisteredSections().load(Path.of("site.json"));
 * } catch (ConfigException e) {
 *     e.problems().forEach(problem -> System.err.println(problem));   // every problem, not just the first
 * }
 * }</pre>
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /** Problems written into the message; {@link #problems()} keeps them all. */
    public static final int SHOWN = 50;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().limit(SHOWN).map(ConfigProblem::toString).collect(Collectors.joining(System.lineSeparator()))
                + (problems.size() > SHOWN ? System.lineSeparator() + "… and " + (problems.size() - SHOWN) + " more problems" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static ConfigException of(String source, String message) {
        return new ConfigException(List.of(new ConfigProblem(source, "", message)));
    }

    public static ConfigException of(String source, dev.congkit.core.i18n.Bilingual text) {
        return new ConfigException(List.of(new ConfigProblem(source, "", text)));
    }

    /** Every problem (the first {@value #SHOWN}, then how many more) as lines in {@code locale}. */
    public List<String> describe(java.util.Locale locale) {
        List<String> lines = new java.util.ArrayList<>(problems.stream().limit(SHOWN).map(problem -> problem.describe(locale)).toList());
        if (problems.size() > SHOWN) {
            int more = problems.size() - SHOWN;
            lines.add(dev.congkit.core.i18n.Bilingual.of("… và " + more + " lỗi nữa", "… and " + more + " more problems").in(locale));
        }
        return lines;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
