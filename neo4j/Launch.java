// Runs Neo4j Community in this JVM, Bolt only, for development, tests and benchmarks; started by
// start.ts as `java -cp 'lib/*' Launch.java` (a single-file program, no build). One process can
// host several independent servers (`instances`), each with its own directory and Bolt port: the
// test pass gives every jest worker a server of its own, since Community has one user database.
// Prints `READY <n> bolt://host:port` per server once it accepts Bolt connections, then `READY`;
// SIGTERM/SIGINT shut every server down cleanly (the JVM's shutdown hook).

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launch {
    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /** Memory caps as raw settings, in the server's own file format. */
    static Path writeConf(Path home, String pageCache, String txMax) throws Exception {
        Files.createDirectories(home);
        Path conf = home.resolve("neo4j.conf");
        Files.writeString(conf, String.join("\n",
            "server.memory.pagecache.size=" + pageCache,
            "dbms.memory.transaction.total.max=" + txMax,
            "dbms.usage_report.enabled=false",
            "") );
        return conf;
    }

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Throwable e) {
            // One line with the innermost cause: what the operator can act on (a port in use, a lock).
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            System.err.println("ERROR " + root.getClass().getSimpleName() + ": " + root.getMessage());
            System.err.flush();
            System.exit(1);
        }
    }

    /** Sets the neo4j user's password; on a later start with the same one there is nothing to do. */
    static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            String message = String.valueOf(root.getMessage()) + " " + String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) throw e;
        }
    }

    static void run() throws Exception {
        Path dataDir = Path.of(env("LAUNCH_DATA_DIR", "data/neo4j")).toAbsolutePath();
        String host = env("LAUNCH_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("LAUNCH_PORT", "7687"));
        int instances = Integer.parseInt(env("LAUNCH_INSTANCES", "1"));
        String pageCache = env("LAUNCH_PAGECACHE", "256m");
        String txMax = env("LAUNCH_TX_MAX", "512m");
        String password = env("LAUNCH_PASSWORD", "");

        List<DatabaseManagementService> services = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (DatabaseManagementService s : services) {
                try {
                    s.shutdown();
                } catch (Exception e) {
                    System.err.println("shutdown failed: " + e.getMessage());
                }
            }
            System.out.println("STOPPED");
            System.out.flush();
        }));

        for (int i = 0; i < instances; i++) {
            Path home = instances == 1 ? dataDir : dataDir.resolve("instance-" + i);
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port + i))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port + i))
                .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
                .loadPropertiesFromFile(writeConf(home, pageCache, txMax));
            DatabaseManagementService service = builder.build();
            services.add(service);
            if (!password.isEmpty()) setPassword(service, password);
            // Opening the default database waits until it is available.
            service.database("neo4j").executeTransactionally("RETURN 1");
            System.out.println("READY " + i + " bolt://" + host + ":" + (port + i));
            System.out.flush();
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
