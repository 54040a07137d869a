package dev.congkit.cli;

import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.Severity;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.rules.EffectiveRules;
import dev.congkit.core.rules.RuleSets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code congkit check SITE.json}: validate a configuration and run every registered check. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates a site.json and runs every check on the class path against the site's rule set.",
                "Exit status: 0 no error (warnings are printed), 1 errors, 2 usage or I/O error."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(descriptionKey = "site", paramLabel = "SITE.json", description = "The site configuration to check.")
    Path file;

    @Option(names = "--rules", paramLabel = "ID", description = "Judge by this rule set instead of the one the site names.")
    String rules;

    @Option(names = "--date", paramLabel = "yyyy-mm-dd", description = "Check as of this date (default: today in Vietnam).")
    LocalDate date;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Language.Option language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale lang = Language.current();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("congkit: " + Language.say(Files.exists(file)
                    ? Bilingual.of("không đọc được " + file + ": không phải tệp đọc được", "cannot read " + file + ": not a readable file")
                    : Bilingual.of("không đọc được " + file + ": không có tệp này", "cannot read " + file + ": no such file")));
            return 2;
        }
        SiteConfig site;
        try {
            site = SiteConfigLoader.withRegisteredSections().load(file);
        } catch (ConfigException e) {
            String error = Severity.ERROR.label().in(lang);
            e.describe(lang).forEach(line -> out.println(error + " " + line));
            int n = e.problems().size();
            out.println(Language.say(Bilingual.of(n + " lỗi; tệp chưa được nạp", count(n, "error") + "; the file was not loaded")));
            return 1;
        }
        LocalDate day = date != null ? date : LocalDate.now(RenderContext.VIETNAM);
        String unknown = Language.unknownRuleSet(rules != null ? rules : site.ruleSet());
        if (unknown != null) {
            err.println("congkit: " + unknown);
            return 2;
        }
        EffectiveRules effective;
        try {
            effective = RuleSets.builtIn().effective(rules != null ? rules : site.ruleSet(), day);
        } catch (IllegalArgumentException e) {
            err.println("congkit: " + e.getMessage());
            return 2;
        }
        Clock clock = Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.ofHours(7)), RenderContext.VIETNAM);
        List<Finding> findings = CheckRunner.discover().run(site, new CheckContext(clock, effective, file.toAbsolutePath().getParent()));
        findings.forEach(finding -> out.println(finding.format(file.toString(), lang)));
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        String layers = String.join(" + ", effective.layers().stream().map(l -> l.id()).toList());
        out.println(file + ": " + Language.say(Bilingual.of(errors + " lỗi, " + warnings + " cảnh báo (bộ quy tắc " + layers + ", ngày " + day + ")",
                count(errors, "error") + ", " + count(warnings, "warning") + " (rule set " + layers + ", " + day + ")")));
        return errors > 0 ? 1 : 0;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
