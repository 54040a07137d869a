package dev.congkit.cli;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.cli.sheet.DocumentsImport;
import dev.congkit.cli.sheet.OfficialsImport;
import dev.congkit.cli.sheet.ScheduleImport;
import dev.congkit.cli.sheet.SheetReader;
import dev.congkit.cli.sheet.SheetTable;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.check.Severity;
import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.io.AtomicFile;
import dev.congkit.core.render.RenderContext;
import dev.congkit.store.Saved;
import dev.congkit.store.SiteStore;
import dev.congkit.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code congkit import leader-schedule|officials|documents FILE --into SITE.json|jdbc:…}: what offices keep in spreadsheets, into the site. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportCommand.LeaderSchedule.class, ImportCommand.Officials.class, ImportCommand.Documents.class},
        description = {"Imports a spreadsheet (CSV UTF-8 with , or ; or XLSX; header in row 1) into a site.json or a CổngKit store.",
                "Every bad row is reported with its row and column and nothing is written; a file is replaced in one step",
                "and the previous one kept beside it as SITE.json.<date-time>.bak.",
                "Exit status: 0 imported, 1 a bad row or a site that would not be valid, 2 usage or I/O error."})
final class ImportCommand {

    @CommandLine.Mixin
    Language.Option language;

    /** Where the import goes and how. */
    abstract static class Target implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", descriptionKey = "sheet", description = "The spreadsheet: .csv or .xlsx.")
        Path sheet;

        @Option(names = "--into", required = true, paramLabel = "SITE.json|JDBC-URL",
                description = "The site file, or a CổngKit store (jdbc:h2:file:…, jdbc:postgresql://…?user=…&password=…).")
        String into;

        @Option(names = "--host", paramLabel = "HOST", description = "The site in a store that holds several (the host of its agency.baseUrl).")
        String host;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Language.Option language;

        /** Merges the table into the site tree, adding problems; returns the line that says what was done. */
        abstract Bilingual merge(SheetTable table, ObjectNode site, LocalDateTime now, List<ConfigProblem> problems);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Clock clock = Clock.system(RenderContext.VIETNAM);
            try {
                SheetTable table = SheetReader.read(sheet);
                return into.startsWith("jdbc:") ? intoStore(table, clock, out, err) : intoFile(table, clock, out, err);
            } catch (ConfigException e) {
                return refused(e.problems(), out);
            } catch (StoreException e) {
                err.println("congkit: " + e.getMessage());
                return 2;
            }
        }

        private int intoFile(SheetTable table, Clock clock, PrintWriter out, PrintWriter err) throws ConfigException {
            Path file = Path.of(into);
            if (!Files.isRegularFile(file)) {
                err.println("congkit: " + Language.say(Files.exists(file)
                        ? Bilingual.of("không đọc được " + file + ": không phải một tệp", "cannot read " + file + ": not a regular file")
                        : Bilingual.of("không đọc được " + file + ": không có tệp này", "cannot read " + file + ": no such file")));
                return 2;
            }
            ObjectNode site;
            try {
                site = (ObjectNode) SiteConfigLoader.parse(into, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | ClassCastException e) {
                err.println("congkit: " + Language.say("không đọc được " + file + " như một tệp site.json", "cannot read " + file + " as a site.json"));
                return 2;
            }
            List<ConfigProblem> problems = new ArrayList<>();
            Bilingual done = merge(table, site, LocalDateTime.now(clock), problems);
            if (!problems.isEmpty()) {
                return refused(problems, out);
            }
            SiteConfigLoader.withRegisteredSections().load(into, site);   // the whole site, as check sees it
            try {
                Path backup = AtomicFile.replaceKeepingBackup(file, json(site), clock);
                out.println(table.file() + ": " + Language.say(done.then(Bilingual.of(" vào " + file + "; tệp cũ là " + backup,
                        " into " + file + "; the previous file is " + backup))));
            } catch (IOException e) {
                err.println("congkit: " + Language.say("không ghi được " + file + " (tệp vẫn như cũ): " + e.getMessage(),
                        "cannot write " + file + " (it is unchanged): " + e.getMessage()));
                return 2;
            }
            return 0;
        }

        private int intoStore(SheetTable table, Clock clock, PrintWriter out, PrintWriter err) throws ConfigException {
            try (SiteStore store = SiteStore.open(into, null, null)) {
                List<String> hosts = store.hosts();
                String chosen = host != null ? host : hosts.size() == 1 ? hosts.get(0) : null;
                if (chosen == null) {
                    err.println("congkit: " + Language.say("kho có " + hosts.size() + " trang; chọn một trang bằng --host " + hosts,
                            "the store holds " + hosts.size() + " sites; name one with --host " + hosts));
                    return 2;
                }
                ObjectNode site = store.tree(chosen).orElse(null);
                if (site == null) {
                    err.println("congkit: " + Language.say("kho không có trang nào cho " + chosen + " (kho có " + hosts + ")",
                            "the store holds no site for " + chosen + " (it holds " + hosts + ")"));
                    return 2;
                }
                List<ConfigProblem> problems = new ArrayList<>();
                Bilingual done = merge(table, site, LocalDateTime.now(clock), problems);
                if (!problems.isEmpty()) {
                    return refused(problems, out);
                }
                Saved saved = store.save(table.file(), site);
                out.println(table.file() + ": " + Language.say(done.then(Bilingual.of(" vào trang " + saved.host() + " (phiên bản " + saved.version() + ")",
                        " into the site of " + saved.host() + " (version " + saved.version() + ")"))));
                return 0;
            }
        }

        private static int refused(List<ConfigProblem> problems, PrintWriter out) {
            String error = Severity.ERROR.label().in(Language.current());
            new ConfigException(problems).describe(Language.current()).forEach(line -> out.println(error + " " + line));
            int n = problems.size();
            out.println(Language.say(n + " lỗi; chưa nhập gì và không ghi gì", n + " error" + (n == 1 ? "" : "s") + "; nothing was imported and nothing was written"));
            return 1;
        }

        private static byte[] json(ObjectNode site) throws IOException {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            return (new ObjectMapper().writer(printer).writeValueAsString(site) + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    @Command(name = "leader-schedule", mixinStandardHelpOptions = true,
            description = "The leaders' weekly schedule: columns Thứ, Ngày, Buổi, Thời gian, Nội dung, Chủ trì, Thành phần, Địa điểm, "
                    + "Đơn vị chuẩn bị, Ghi chú. A row with the date and time of an entry already there replaces it.")
    static final class LeaderSchedule extends Target {
        @Override
        Bilingual merge(SheetTable table, ObjectNode site, LocalDateTime now, List<ConfigProblem> problems) {
            ScheduleImport.Result result = ScheduleImport.merge(table, site, now, problems);
            return Bilingual.of("đã nhập " + result.rows() + " dòng (" + result.replaced() + " dòng thay mục đã có) của tuần " + String.join(", ", result.weeks()),
                    result.rows() + " row(s) imported (" + result.replaced() + " replaced an entry) in week(s) " + String.join(", ", result.weeks()));
        }
    }

    @Command(name = "officials", mixinStandardHelpOptions = true,
            description = "The officials: columns Họ và tên, Chức vụ, Điện thoại, Email, Cơ quan. An official of the same name is updated.")
    static final class Officials extends Target {
        @Override
        Bilingual merge(SheetTable table, ObjectNode site, LocalDateTime now, List<ConfigProblem> problems) {
            OfficialsImport.Result result = OfficialsImport.merge(table, site, problems);
            return Bilingual.of("thêm " + result.added() + " cán bộ, cập nhật " + result.updated(),
                    result.added() + " official(s) added, " + result.updated() + " updated");
        }
    }

    @Command(name = "documents", mixinStandardHelpOptions = true,
            description = "The register of documents (Sổ đăng ký văn bản đi): columns Số/ký hiệu, Ngày ban hành, Trích yếu and optionally "
                    + "Loại văn bản, Người ký, Lĩnh vực, Cơ quan ban hành, Ngày hiệu lực, Tệp. A document of the same number and year is updated.")
    static final class Documents extends Target {
        @Override
        Bilingual merge(SheetTable table, ObjectNode site, LocalDateTime now, List<ConfigProblem> problems) {
            DocumentsImport.Result result = DocumentsImport.merge(table, site, problems);
            return Bilingual.of("thêm " + result.added() + " văn bản, cập nhật " + result.updated(),
                    result.added() + " document(s) added, " + result.updated() + " updated");
        }
    }
}
