package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway MariaDB server from the machine's packages (Debian's {@code mariadb-server}, which
 * {@code bin/setup-test-tools} installs): a fresh data directory (on tmpfs when there is one), a free port on
 * 127.0.0.1, Confluence's MySQL settings, and one empty database; stopped and deleted when the JVM exits.
 */
final class MariaDbServer {

    static final String DATABASE = "confluence";
    static final String USER = "root";
    private static final String[] SBIN = {"/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin"};
    private static final String[] SHARE = {"/usr/share/mysql", "/usr/share/mariadb", "/usr/local/share/mysql"};
    private static final long START_TIMEOUT_MS = 60_000;
    private static MariaDbServer shared;
    private static RuntimeException failure;

    private final Path dir;
    private final Process process;
    private final int port;

    private MariaDbServer(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** The server of this JVM, started on first use; a failed start is not retried by every later test. */
    static synchronized MariaDbServer shared() {
        if (failure != null) {
            throw new IllegalStateException("MariaDB failed to start earlier in this JVM", failure);
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return shared;
    }

    /** Installs the system tables into a new data directory, starts the server and creates the database. */
    private static MariaDbServer start() {
        Path server = find(SBIN, "mariadbd", "mysqld");
        Path share = find(SHARE, "mysql_system_tables.sql", "mariadb_system_tables.sql").getParent();
        try {
            Path dir = Files.createTempDirectory(tempRoot(), "cc-mariadb-");
            Files.createDirectory(dir.resolve("data"));
            bootstrap(server, share, dir);
            int port = freePort();
            List<String> command = command(server, dir);
            command.addAll(List.of("--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + dir.resolve("mysqld.sock"), "--pid-file=" + dir.resolve("mysqld.pid"),
                    "--log-error=" + dir.resolve("error.log")));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.out").toFile()).start();
            MariaDbServer started = new MariaDbServer(dir, process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "mariadb-stop"));
            started.awaitAndCreateDatabase();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start MariaDB", e);
        }
    }

    String jdbcUrl() {
        // AO 3.2 reads the schema with a null catalog, which since Connector/J 8 and MariaDB Connector/J 3 means every
        // database on the server (mysql.columns_priv included) unless this option makes it the current one.
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?nullDatabaseMeansCurrent=true";
    }

    /**
     * The server settings Confluence's "Database setup for MySQL" asks for (InnoDB, utf8mb4 with the binary collation,
     * READ-COMMITTED, 256M packets), plus durability switched off, which changes no SQL semantics.
     */
    private static List<String> command(Path server, Path dir) {
        List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--default-storage-engine=InnoDB",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin",
                "--transaction-isolation=READ-COMMITTED", "--max-allowed-packet=256M",
                "--innodb-log-file-size=16M", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0",
                "--skip-log-bin", "--skip-name-resolve"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        return command;
    }

    /** What mariadb-install-db does, minus the help tables and the sys schema: seconds faster, same grants. */
    private static void bootstrap(Path server, Path share, Path dir) throws IOException {
        List<String> command = command(server, dir);
        command.addAll(List.of("--bootstrap", "--log-warnings=0"));
        Path log = dir.resolve("bootstrap.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            // root@localhost with an empty password instead of unix-socket login, so JDBC over TCP can connect.
            in.write("CREATE DATABASE IF NOT EXISTS mysql;\nUSE mysql;\nSET @auth_root_socket=NULL;\n"
                    .getBytes(StandardCharsets.UTF_8));
            for (String file : List.of("mysql_system_tables.sql", "mysql_system_tables_data.sql")) {
                in.write(Files.readAllBytes(share.resolve(file)));
            }
        }
        int exit = waitFor(process);
        if (exit != 0) {
            throw new IllegalStateException("MariaDB bootstrap failed (exit " + exit + "):\n" + tail(log));
        }
    }

    private void awaitAndCreateDatabase() {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
        while (true) {
            try (Connection c = DriverManager.getConnection(url, USER, "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("MariaDB did not start: " + notYet.getMessage() + "\n"
                            + tail(dir.resolve("error.log")), notYet);
                }
                sleep(100);
            }
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting; a left-over temporary directory is harmless
        }
    }

    private static Path find(String[] dirs, String... names) {
        List<String> path = new ArrayList<>(List.of(dirs));
        path.addAll(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        for (String name : names) {
            for (String d : path) {
                Path p = Path.of(d.isEmpty() ? "." : d, name);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("MariaDB is not installed (no " + String.join(" or ", names)
                + "): run bin/setup-test-tools, or apt-get install mariadb-server");
    }

    /** /dev/shm when writable: on disk the fsyncs of bootstrap and schema creation cost seconds. */
    private static Path tempRoot() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int waitFor(Process process) {
        try {
            if (!process.waitFor(START_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for MariaDB", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
