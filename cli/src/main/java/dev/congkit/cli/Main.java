package dev.congkit.cli;

import dev.congkit.core.render.Locales;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The {@code congkit} command. Exit status: 0 success, 1 errors found, 2 usage or I/O error. */
@Command(name = "congkit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "CổngKit: compliance widgets and checks for Vietnamese commune portals.")
public final class Main implements Runnable {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, AuditCommand.class, ResizeCommand.class,
            SchemaCommand.class, FixEncodingCommand.class, ImportCommand.class, MonitorCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Language.Option language;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command with the given streams and returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String lang = Language.requested(args);
        if (lang != null && !lang.equals("vi") && !lang.equals("en")) {
            err.println("congkit: --lang phải là vi hoặc en, nhưng đang là '" + lang + "' (--lang must be vi or en)");
            err.flush();
            return 2;
        }
        Language.set(Locales.fromTag(lang));
        try {
            List<Class<?>> subcommands = subcommandsFor(args);
            if (subcommands.equals(List.of(ResizeCommand.class))) {
                ResizeCommand.headStart();   // the images' preparation runs while picocli reads the command line
            }
            CommandLine cli = new CommandLine(new Main());
            for (Class<?> subcommand : subcommands) {
                cli.addSubcommand(subcommand);
            }
            if (!Language.english()) {
                // Vietnamese help from the bundle; English is the annotations' own text
                cli.setResourceBundle(ResourceBundle.getBundle("dev.congkit.cli.help", Locale.ROOT));
            }
            cli.setOut(out);
            cli.setErr(err);
            cli.setParameterExceptionHandler(Main::usageError);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                commandLine.getErr().println("congkit: " + e.getMessage());
                return 2;
            });
            int code = cli.execute(args);
            out.flush();
            err.flush();
            return code;
        } finally {
            Language.clear();
        }
    }

    /**
     * The subcommand the arguments name, alone, none for the version alone, or all of them: picocli
     * reads every command's annotations when it is added, and a command that names its subcommand
     * needs no other.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        int first = 0;
        while (first < args.length && (args[first].equals("--lang") || args[first].startsWith("--lang="))) {
            first += args[first].equals("--lang") ? 2 : 1;   // the one option before a subcommand that takes a value
        }
        if (first == args.length - 1 && (args[first].equals("--version") || args[first].equals("-V"))) {
            return List.of();   // the version alone speaks of no command
        }
        if (first < args.length) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                // "help" speaks of the others: it needs them all
                if (subcommand != CommandLine.HelpCommand.class && subcommand.getAnnotation(Command.class).name().equals(args[first])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    // picocli's own words are English: say in Vietnamese what went wrong and where the help is, keep its detail
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(Language.say("congkit: dòng lệnh chưa đúng: " + e.getMessage(), "congkit: " + e.getMessage()));
        err.println(Language.say("Xem hướng dẫn: " + name + " --help", "See: " + name + " --help"));
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
