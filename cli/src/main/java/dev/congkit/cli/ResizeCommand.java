package dev.congkit.cli;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.image.ImageException;
import dev.congkit.image.ImageLimits;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.ResizedImage;
import dev.congkit.image.Slot;
import dev.congkit.image.Slots;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code congkit resize --slot news IN... --out DIR}: fit images into a slot's budget. */
@Command(name = "resize", mixinStandardHelpOptions = true,
        description = {"Fits images into a slot's pixel and byte budget (upright, sRGB, no metadata) and writes them to --out",
                "under their own base names. Exit status: 0 all written, 1 some failed, 2 usage or I/O error."})
final class ResizeCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--slot", required = true, paramLabel = "NAME",
            description = "The budget: banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo, or one of the site's.")
    String slotName;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results (created if missing).")
    Path out;

    @Option(names = "--site", paramLabel = "SITE.json", description = "Take the budgets from this site's rule set and images section.")
    Path site;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Images processed at once (default: 2 on two processors or more with a heap of 64 MiB or more, else 1, so each image keeps enough memory).")
    Integer jobs;

    @Parameters(descriptionKey = "in", paramLabel = "IN", arity = "1..*", description = "Image files (JPEG, PNG, GIF, BMP).")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Language.Option language;

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /** Gets image I/O and the JPEG path ready on a thread of its own while the command line and the site are read; once per process. */
    static void headStart() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread prepare = new Thread(ImageResizer::prepare, "congkit-prepare");
            prepare.setDaemon(true);
            prepare.start();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        headStart();
        Map<String, Slot> slots;
        try {
            slots = slots();
        } catch (ConfigException e) {
            e.describe(Language.current()).forEach(err::println);
            return 2;
        }
        Slot slot = slots.get(slotName);
        if (slot == null) {
            err.println("congkit: " + Language.say("không có vị trí '" + slotName + "' (các vị trí có: " + String.join(", ", slots.keySet()) + ")",
                    "unknown slot '" + slotName + "' (known: " + String.join(", ", slots.keySet()) + ")"));
            return 2;
        }
        if (jobs == null) {
            // -Xmx64m reports a little under 64 MiB; a JPEG photo streams through in a quarter of that
            jobs = Runtime.getRuntime().maxMemory() >= (56L << 20) ? Math.min(2, Runtime.getRuntime().availableProcessors()) : 1;
        }
        if (jobs < 1 || jobs > 64) {
            err.println("congkit: " + Language.say("--jobs phải từ 1 đến 64, nhưng đang là " + jobs, "--jobs must be between 1 and 64, but was " + jobs));
            return 2;
        }
        Files.createDirectories(out);
        ImageResizer resizer = ImageResizer.withLimits(ImageLimits.forConcurrency(jobs));
        Progress progress = new Progress(err, inputs.size());
        List<String> failures = new ArrayList<>();
        long[] totals = new long[2];
        List<String> renamed = new ArrayList<>();
        Map<Path, Path> targets = targets(slot, renamed);
        java.util.Locale lang = Language.current();   // the workers' threads do not carry it
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Path input : inputs) {
                Path target = targets.get(input);
                tasks.add(pool.submit(() -> {
                    try {
                        long before = Files.isRegularFile(input) ? Files.size(input) : 0;
                        ResizedImage result = resizer.write(input, slot, target);
                        synchronized (totals) {
                            totals[0] += before;
                            totals[1] += result.size();
                        }
                    } catch (ImageException | java.io.IOException e) {
                        synchronized (failures) {
                            failures.add(e instanceof ImageException image ? image.text().in(lang) : e.getMessage());
                        }
                    }
                    progress.step(input.getFileName().toString());
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        int written = inputs.size() - failures.size();
        String budget = slot.maxWidth() + " × " + slot.maxHeight();
        outWriter.println(Language.say("đã ghi " + written + " trong " + inputs.size() + " tệp vào " + out + " (vị trí " + slot.name() + ": tối đa "
                + budget + " điểm ảnh, " + slot.maxBytes() / 1024 + " KiB); " + mib(totals[0]) + " → " + mib(totals[1]),
                written + " of " + inputs.size() + " file" + (inputs.size() == 1 ? "" : "s") + " written to " + out + " (slot "
                + slot.name() + ": at most " + budget + " pixels, " + slot.maxBytes() / 1024 + " KiB); " + mib(totals[0]) + " → " + mib(totals[1])));
        renamed.forEach(outWriter::println);
        failures.stream().sorted().forEach(f -> outWriter.println(Language.say("không xử lý được: ", "failed: ") + f));
        return failures.isEmpty() ? 0 : 1;
    }

    /**
     * Where each input is written: its own name with the slot's extension, suffixed "-2", "-3"…
     * when another input already took that name or when it would overwrite an input (never a source
     * file, whatever --out is). Each renaming is said.
     */
    private Map<Path, Path> targets(Slot slot, List<String> renamed) {
        java.util.Set<Path> sources = new java.util.HashSet<>();
        inputs.forEach(input -> sources.add(canonical(input)));
        java.util.Set<Path> taken = new java.util.HashSet<>();
        Map<Path, Path> targets = new java.util.LinkedHashMap<>();
        for (Path input : inputs) {
            String base = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            String extension = "." + slot.format().extension();
            Path target = out.resolve(base + extension);
            for (int n = 2; taken.contains(canonical(target)) || sources.contains(canonical(target)); n++) {
                target = out.resolve(base + "-" + n + extension);
            }
            if (!target.getFileName().toString().equals(base + extension)) {
                boolean input2 = sources.contains(canonical(out.resolve(base + extension)));
                renamed.add(Language.say("lưu ý: " + input + " được ghi thành " + target.getFileName() + ", vì " + base + extension
                        + (input2 ? " là một tệp đầu vào" : " là kết quả của một tệp khác"), "note: " + input + " is written as " + target.getFileName()
                        + ", since " + base + extension + (input2 ? " is an input file" : " is another input's result")));
            }
            taken.add(canonical(target));
            targets.put(input, target);
        }
        return targets;
    }

    private static Path canonical(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private Map<String, Slot> slots() throws ConfigException {
        if (site == null) {
            return Slots.defaults();
        }
        SiteConfig config = SiteConfigLoader.withRegisteredSections().load(site);
        return Slots.forSite(config, RuleSets.builtIn().effective(config.ruleSet(), LocalDate.now(RenderContext.VIETNAM)));
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** A one-line progress bar on standard error, shown when there are more than a few files. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void step(String name) {
            int n = done.incrementAndGet();
            if (total > 3) {
                int filled = n * 30 / total;
                synchronized (err) {
                    err.print("\r[" + "#".repeat(filled) + "-".repeat(30 - filled) + "] " + n + "/" + total + " " + name + " ".repeat(10));
                    err.flush();
                }
            }
        }

        void done() {
            if (total > 3) {
                err.println();
            }
        }
    }
}
