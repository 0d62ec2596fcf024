package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;

import org.w3c.dom.NodeList;

/**
 * The real database a test runs on: H2 1.4 in memory by default, an embedded PostgreSQL server (real binaries
 * from Maven Central) when the system property {@code cc.db} is {@code postgres}, or the machine's MariaDB server
 * started on a temporary data directory ({@link MariaDbServer}) when it is {@code mariadb}. Tables get Confluence's
 * naming ({@code AO_xxxxxx_NAME}, upper-case columns) and are created from the entities listed in atlassian-plugin.xml.
 * One database per JVM; {@link #reset()} empties every table between tests.
 */
public final class TestDatabase {

    public static final String PLUGIN_KEY = "org.connectedcouncils.connected-councils";
    private static final AtomicInteger H2_NAMES = new AtomicInteger();
    private static TestDatabase shared;

    static {
        // Confluence runs AO inside its own transactions at READ COMMITTED; AO alone would use SERIALIZABLE.
        System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
    }

    private static EmbeddedPostgres postgres;

    private final String kind;
    private final EntityManager entityManager;
    private final ActiveObjects ao;
    private final List<Class<? extends RawEntity<?>>> entities;
    private final String[] connection;

    private TestDatabase(String kind, String url, String user, String password, String schema) {
        this.kind = kind;
        this.connection = new String[] {url, user, password, schema};
        this.entityManager = builder(url, user, password, schema).build();
        this.ao = EntityManagerActiveObjects.over(entityManager);
        this.entities = descriptorEntities();
        ao.migrate(entities.toArray(Class[]::new));
    }

    /** The database of this JVM, created and migrated on first use. */
    public static synchronized TestDatabase get() {
        if (shared == null) {
            shared = create(System.getProperty("cc.db", "h2"));
        }
        return shared;
    }

    /**
     * A second, independent Active Objects instance on this same database (its own EntityManager and connection
     * pool, sharing no Java object with {@link #ao()}): a second cluster node.
     */
    public ActiveObjects anotherNode() {
        return EntityManagerActiveObjects.over(builder(connection[0], connection[1], connection[2], connection[3])
                .build());
    }

    /** A separate, empty H2 database (for schema and upgrade tests that must start from nothing). */
    public static ActiveObjects freshH2() {
        return EntityManagerActiveObjects.over(builder("jdbc:h2:mem:cc-fresh-" + H2_NAMES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1", "sa", "", null).build());
    }

    /**
     * A separate, empty database of this JVM's kind ({@code cc.db}): H2 in memory, or a new database on the shared
     * PostgreSQL or MariaDB server. For upgrade tests, which seed an older schema than the descriptor's.
     */
    public static ActiveObjects fresh() {
        String kind = System.getProperty("cc.db", "h2");
        if (kind.equals("h2")) {
            return freshH2();
        }
        get();
        String name = "cc_fresh_" + H2_NAMES.incrementAndGet();
        if (kind.equals("postgres")) {
            execute(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "CREATE DATABASE " + name);
            return EntityManagerActiveObjects.over(builder(postgres.getJdbcUrl("postgres", name), "postgres",
                    "postgres", "public").build());
        }
        String url = MariaDbServer.shared().jdbcUrl();
        execute(url, MariaDbServer.USER, "", "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return EntityManagerActiveObjects.over(builder(url.replace("/" + MariaDbServer.DATABASE + "?", "/" + name
                + "?"), MariaDbServer.USER, "", null).build());
    }

    private static void execute(String url, String user, String password, String sql) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
                java.sql.Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    private static TestDatabase create(String kind) {
        switch (kind) {
            case "h2":
                // cc.h2.options adds settings to the URL; the benchmark turns H2's query result cache off with it.
                return new TestDatabase(kind, "jdbc:h2:mem:cc;DB_CLOSE_DELAY=-1"
                        + System.getProperty("cc.h2.options", ""), "sa", "", null);
            case "postgres":
                try {
                    postgres = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopPostgres));
                String url = postgres.getJdbcUrl("postgres", "postgres");
                return new TestDatabase(kind, url, "postgres", "postgres", "public");
            case "mariadb":
                long started = System.nanoTime();
                MariaDbServer mariadb = MariaDbServer.shared();
                System.out.printf("MariaDB started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
                return new TestDatabase(kind, mariadb.jdbcUrl(), MariaDbServer.USER, "", null);
            default:
                throw new IllegalArgumentException("cc.db must be h2, postgres or mariadb, not " + kind);
        }
    }

    /** An AO EntityManager with Confluence's name converters and a dbcp pool. */
    public static EntityManagerBuilderWithDatabaseProperties builder(String url, String user, String password,
            String schema) {
        String prefix = "AO_" + tableHash(PLUGIN_KEY) + "_";
        var builder = EntityManagerBuilder.url(url).username(user).password(password);
        if (schema != null) {
            builder = builder.schema(schema);
        }
        return builder.dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter());
    }

    /** Last six hex digits of the MD5 of the namespace, upper case: the shape of Confluence's AO table prefix. */
    static String tableHash(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, md5));
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }

    /** The entity classes the plugin descriptor's {@code <ao>} module declares, in order. */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends RawEntity<?>>> descriptorEntities() {
        try (InputStream in = TestDatabase.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("entity");
            List<Class<? extends RawEntity<?>>> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Class<? extends RawEntity<?>>) Class.forName(nodes.item(i).getTextContent().trim()));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the <ao> entities of atlassian-plugin.xml", e);
        }
    }

    public String kind() {
        return kind;
    }

    public ActiveObjects ao() {
        return ao;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Deletes every row of every table, children first. */
    public void reset() {
        List<Class<? extends RawEntity<?>>> reversed = new ArrayList<>(entities);
        java.util.Collections.reverse(reversed);
        for (Class<? extends RawEntity<?>> type : reversed) {
            deleteAll(type);
        }
        entityManager.flushAll();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class type) {
        ao.deleteWithSQL(type, "ID > ?", 0);
    }
}
