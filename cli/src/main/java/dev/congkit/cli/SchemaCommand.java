package dev.congkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.config.SiteSchema;
import dev.congkit.core.io.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code congkit schema}: the JSON Schema of site.json, for editors' completion and validation. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of site.json (core model and every widget section on the class path).")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Language.Option language;

    @Override
    public Integer call() throws IOException {
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(SiteSchema.generate(SectionRegistry.discover())) + "\n";
        if (out == null) {
            spec.commandLine().getOut().print(json);
            return 0;
        }
        // a failure never leaves half a schema behind
        AtomicFile.write(out, json);
        return 0;
    }
}
