package dev.congkit.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster from Debian's package, on a loopback port, for the store's tests:
 * {@code initdb} (as the {@code postgres} user when the tests run as root, since initdb refuses
 * root), {@code pg_ctl start}, and at close {@code pg_ctl stop} and the folder removed.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path folder;
    private final int port;
    private final boolean asPostgres;
    private final Path bin;

    private PostgresServer(Path bin, Path folder, int port, boolean asPostgres) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The newest installed server's bin folder, if PostgreSQL is installed. */
    public static Optional<Path> installed() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static PostgresServer start(Path bin) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("congkit-pg");
        if (root) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, folder, port, root);
        server.run(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", "congkit", "--auth=trust",
                "-E", "UTF8", "--no-locale", "--no-sync");
        server.run(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-l", folder.resolve("log").toString(), "-w",
                "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k " + folder + " -F -c full_page_writes=off", "start");
        return server;
    }

    /** A fresh empty database on the server, as a JDBC URL. */
    public String newDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), "congkit", "")) {
            connection.createStatement().execute("create database " + name);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws Exception {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void run(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        // run from the cluster folder: the postgres user may not enter the build's working folder
        Process process = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            String log = Files.exists(folder.resolve("log")) ? Files.readString(folder.resolve("log")) : "";
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output + log);
        }
    }
}
