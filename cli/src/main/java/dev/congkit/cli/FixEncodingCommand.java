package dev.congkit.cli;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.EncodingRepair;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.io.AtomicFile;
import dev.congkit.core.render.RenderContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code congkit fix-encoding SITE.json}: converts text typed in TCVN3, VNI, VISCII or Windows-1258 to Unicode, in place. */
@Command(name = "fix-encoding", mixinStandardHelpOptions = true,
        description = {"Converts the text values of a site.json typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI, VISCII,",
                "Windows-1258, or UTF-8 read as Windows-1252) to Unicode. Nothing else of the file changes; the file is",
                "replaced in one step and what it was is kept beside it as SITE.json.<date-time>.bak.",
                "Exit status: 0 converted or nothing to convert, 2 usage or I/O error or a file that is not JSON."})
final class FixEncodingCommand implements Callable<Integer> {

    @Parameters(descriptionKey = "site", paramLabel = "SITE.json", description = "The site configuration to convert.")
    Path file;

    @Option(names = "--dry-run", description = "Only list what would be converted.")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Language.Option language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                err.println("congkit: " + Language.say(Files.exists(file) ? "không đọc được " + file + ": không phải một tệp" : "không đọc được " + file + ": không có tệp này",
                        "cannot read " + file + ": " + (Files.exists(file) ? "not a regular file" : "no such file")));
                return 2;
            }
            if (Files.size(file) > SiteConfigLoader.MAX_BYTES) {
                long mib = SiteConfigLoader.MAX_BYTES / (1024 * 1024);
                err.println("congkit: " + Language.say(file + " lớn hơn " + mib + " MiB; đây không phải tệp site.json", file + " is larger than " + mib + " MiB; it is not a site.json"));
                return 2;
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            err.println("congkit: " + Language.say(file + " không phải UTF-8; hãy lưu tệp dạng UTF-8 trước (rồi lệnh này chuyển các giá trị chữ)",
                    file + " is not UTF-8; save it as UTF-8 first (its text values are then converted here)"));
            return 2;
        } catch (IOException e) {
            err.println("congkit: " + Language.say("không đọc được " + file + ": ", "cannot read " + file + ": ") + e.getMessage());
            return 2;
        }
        EncodingRepair.Result result;
        try {
            result = EncodingRepair.repair(file.toString(), text);
        } catch (ConfigException e) {
            e.describe(Language.current()).forEach(line -> err.println("congkit: " + line));
            return 2;
        }
        result.changes().forEach(change -> out.println(file + ": " + change.describe(Language.current())));
        if (result.changes().isEmpty()) {
            out.println(file + ": " + Language.say("không có chữ nào ở bảng mã cũ; tệp giữ nguyên", "no text in a legacy encoding; the file is unchanged"));
            return 0;
        }
        if (dryRun) {
            out.println(file + ": " + Language.say(result.changes().size() + " giá trị sẽ được chuyển (--dry-run: tệp giữ nguyên)",
                    result.changes().size() + " value(s) would be converted (--dry-run: the file is unchanged)"));
            return 0;
        }
        try {
            Path backup = AtomicFile.replaceKeepingBackup(file, result.json().getBytes(StandardCharsets.UTF_8), Clock.system(RenderContext.VIETNAM));
            out.println(file + ": " + Language.say("đã chuyển " + result.changes().size() + " giá trị; tệp cũ là " + backup,
                    result.changes().size() + " value(s) converted; the previous file is " + backup));
        } catch (IOException e) {
            err.println("congkit: " + Language.say("không ghi được " + file + " (tệp vẫn như cũ): ", "cannot write " + file + " (it is unchanged): ") + e.getMessage());
            return 2;
        }
        return 0;
    }
}
