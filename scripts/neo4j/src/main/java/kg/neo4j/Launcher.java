package kg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Embedded Neo4j 5.26 Community DBMS with a Bolt connector and an HTTP connector (Neo4j Browser, from the
 * org.neo4j.client:neo4j-browser jar on the classpath) on 127.0.0.1, for local development and tests
 * ("real Neo4j without Docker"). Started by scripts/src/neo4j/local-neo4j.ts, which turns auth on with a
 * generated password: Bolt also accepts WebSocket connections, so without auth any web page the user
 * opens could run Cypher against it.
 *
 * <p>Protocol: exactly one line on stdout, {@code NEO4J_READY {json}}, once the default database is available.
 * Everything else goes to stderr (Neo4j's own logs go to DATA/logs). Exit codes: 0 clean shutdown, 2 bad
 * arguments, 3 data directory locked by another instance, 1 any other startup failure.
 *
 * <p>Lifecycle: shuts down cleanly on SIGINT/SIGTERM (shutdown hook), on EOF of stdin (the parent keeps a
 * pipe open; the kernel closes it when the parent dies) and when the original parent process is gone
 * (polled every second). Use {@code --no-stdin-watch} when started by hand from a shell.
 *
 * <p>Options (env fallback in brackets): --port N [NEO4J_BOLT_PORT] (0 = any free port, default 7687),
 * --data DIR [NEO4J_DATA_DIR] (default ./.neo4j/data), --auth user:password [NEO4J_AUTH] (default: auth
 * off), --http-port N [NEO4J_HTTP_PORT] (0 = any free port, -1 = no HTTP connector, default -1), --tx-timeout
 * 30s, --tx-memory 256m [NEO4J_TX_MEMORY] (db.memory.transaction.max: a query that needs more is refused, not
 * left to exhaust the heap), --pagecache 128m [NEO4J_PAGECACHE], --start-timeout 120s, --no-stdin-watch,
 * --setting name=value (any further Neo4j setting, repeatable; e.g. index population tuning for a bulk load),
 * --check-lock (start nothing: exit 0 when no running Neo4j holds DIR, 3 when one does; used before the
 * initial load swaps store files into DIR).
 */
public final class Launcher {
    static final String READY_PREFIX = "NEO4J_READY ";
    static final int EXIT_USAGE = 2;
    static final int EXIT_LOCKED = 3;
    static final int EXIT_PORT_IN_USE = 4;

    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;
    private static final AtomicBoolean STOPPING = new AtomicBoolean(false);
    private static volatile DatabaseManagementService service;

    private Launcher() {}

    public static void main(String[] args) {
        // Only the ready line may go to stdout: route anything else (library chatter) to stderr.
        System.setOut(ERR);
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            ERR.println("neo4j-launcher: " + e.getMessage());
            ERR.println("usage: Launcher [--port N] [--data DIR] [--auth user:password] [--tx-timeout 30s]"
                    + " [--http-port N] [--tx-memory 256m] [--pagecache 128m] [--start-timeout 120s] [--no-stdin-watch]"
                    + " [--setting name=value]...");
            System.exit(EXIT_USAGE);
            return;
        }

        if (opts.checkLockOnly) {
            try {
                failFastIfLocked(opts.dataDir);
                System.exit(0);
            } catch (Exception e) {
                ERR.println("NEO4J_ERROR data directory " + opts.dataDir
                        + " is locked by another running Neo4j instance: " + e.getMessage());
                System.exit(EXIT_LOCKED);
            }
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-launcher-shutdown"));
        startParentWatch(opts.watchStdin);

        try {
            run(opts);
        } catch (Throwable t) {
            int code = 1;
            Throwable lock = findCause(t, "FileLockException");
            if (lock != null || messageContains(t, "locked by another process")) {
                ERR.println("NEO4J_ERROR data directory " + opts.dataDir
                        + " is locked by another running Neo4j instance (stop it, or use another --data dir): "
                        + (lock != null ? lock.getMessage() : t.getMessage()));
                code = EXIT_LOCKED;
            } else if (findCause(t, "PortBindException") != null) {
                // The most common failure on a developer machine: say it in one line.
                ERR.println("NEO4J_ERROR Bolt port " + opts.port
                        + " is already in use on 127.0.0.1 (another Neo4j?): set NEO4J_BOLT_PORT to a free port, or 0 for any");
                code = EXIT_PORT_IN_USE;
            } else {
                ERR.println("NEO4J_ERROR failed to start Neo4j: " + t);
                t.printStackTrace(ERR);
            }
            ERR.flush();
            System.exit(code);
        }
    }

    private static void run(Options opts) throws Exception {
        Path data = opts.dataDir;
        Files.createDirectories(data);
        Path importDir = data.resolve("import");
        Files.createDirectories(importDir);

        failFastIfLocked(data);

        long t0 = System.nanoTime();
        boolean userPreset = opts.authUser != null && presetInitialUser(data, opts.authUser, opts.authPassword);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.data_directory, data)
                .setConfig(GraphDatabaseSettings.logs_directory, data.resolve("logs"))
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", opts.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", opts.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, opts.httpPort >= 0)
                .setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", Math.max(opts.httpPort, 0)))
                .setConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", Math.max(opts.httpPort, 0)))
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, opts.authUser != null)
                .setConfig(GraphDatabaseSettings.transaction_timeout, opts.txTimeout)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, opts.txMemoryBytes)
                .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt waits 5 s + 5 s on shutdown by default, even with no client connected: its two
                // netty event loop groups each sit out a 5 s quiet period (capped by the wait time) for
                // tasks that never come, since the databases are already stopped by then. No quiet
                // period: the loops end as soon as they are idle (a stop took 2.2 s, 2 of them here).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        if (!opts.settings.isEmpty()) {
            // Parsed and validated as neo4j.conf would be (an unknown name is an error), then
            // passed on as typed values: the public builder takes no raw strings.
            Config parsed = Config.newBuilder().setRaw(opts.settings).build();
            Map<String, Setting<Object>> declared = parsed.getDeclaredSettings();
            for (String name : opts.settings.keySet()) {
                Setting<Object> setting = declared.get(name);
                builder.setConfig(setting, parsed.get(setting));
            }
        }

        service = builder.build();
        if (STOPPING.get()) {
            return; // a signal arrived while building; the shutdown hook takes care of it
        }

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.nanoTime() + opts.startTimeout.toNanos();
        while (!db.isAvailable(1000)) {
            if (STOPPING.get()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("default database not available after " + opts.startTimeout);
            }
        }

        if (opts.authUser != null && !userPreset) {
            ensureUser(opts.authUser, opts.authPassword);
        }

        int port = boundPort((GraphDatabaseAPI) db, ConnectorType.BOLT, opts.port);
        int httpPort = opts.httpPort >= 0 ? boundPort((GraphDatabaseAPI) db, ConnectorType.HTTP, opts.httpPort) : -1;
        String[] components = components(db);

        String json = "{\"uri\":\"bolt://127.0.0.1:" + port + "\""
                + (httpPort > 0 ? ",\"browser\":\"http://127.0.0.1:" + httpPort + "/browser/\"" : "")
                + ",\"version\":" + jsonString(components[0])
                + ",\"edition\":" + jsonString(components[1])
                + ",\"dataDir\":" + jsonString(data.toString())
                + ",\"pid\":" + ProcessHandle.current().pid()
                + ",\"auth\":" + (opts.authUser != null)
                + ",\"startMs\":" + Duration.ofNanos(System.nanoTime() - t0).toMillis()
                + "}";
        OUT.println(READY_PREFIX + json);
        OUT.flush();
        ERR.println("neo4j-launcher: Neo4j " + components[0] + " " + components[1] + " ready on bolt://127.0.0.1:"
                + port + " (data " + data + ")");
    }

    /**
     * Neo4j holds an OS file lock on DATA/databases/store_lock while running. Checking it up front
     * fails in well under a second instead of after the whole DBMS bootstrap (and keeps the second
     * instance from writing into the first one's logs). Neo4j's own check still applies afterwards.
     */
    private static void failFastIfLocked(Path data) throws IOException {
        Path lockFile = data.resolve("databases").resolve("store_lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(new FileLockException(lockFile));
            }
            lock.release();
        }
    }

    static final class FileLockException extends Exception {
        FileLockException(Path lockFile) {
            super("Lock file has been locked by another process: " + lockFile);
        }
    }

    /** The real port of a connector (differs from the configured one when it was 0). */
    private static int boundPort(GraphDatabaseAPI api, ConnectorType type, int configured) {
        ConnectorPortRegister register =
                api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        for (int i = 0; i < 100; i++) {
            HostnamePort hp = register.getLocalAddress(type);
            if (hp != null && hp.getPort() > 0) {
                return hp.getPort();
            }
            sleep(50);
        }
        if (configured > 0) {
            return configured;
        }
        throw new IllegalStateException(type + " connector did not report a bound port");
    }

    private static String[] components(GraphDatabaseService db) {
        return db.executeTransactionally(
                "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition",
                Map.of(),
                result -> {
                    Map<String, Object> row = result.next();
                    return new String[] {String.valueOf(row.get("version")), String.valueOf(row.get("edition"))};
                });
    }

    /**
     * On the first start on a data folder (no system database yet), the initial user "neo4j" gets
     * its password the way {@code neo4j-admin dbms set-initial-password} gives it: written to the
     * file Neo4j reads when it creates the system database. Neo4j's administration commands
     * (ensureUser) cost ~2.5 s of CPU on their first use in a JVM, which every start on a fresh
     * folder paid: the tests' and the initial load's. Returns whether it did.
     */
    private static boolean presetInitialUser(Path data, String user, String password) throws IOException {
        if (!"neo4j".equals(user) || Files.exists(data.resolve("databases").resolve("system"))) {
            return false;
        }
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.data_directory, data)
                .build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            if (fs.fileExists(file)) {
                fs.deleteFile(file);
            }
            FileUserRepository users =
                    new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(
                    user,
                    null,
                    SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher()),
                    false,
                    false));
            users.shutdown();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not write the initial user to " + file, e);
        }
        return true;
    }

    /**
     * Makes user:password valid. For "neo4j" this replaces the default password (and clears the
     * must-change flag); for another name it creates or updates that user. Idempotent across restarts.
     */
    private static void ensureUser(String user, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = new HashMap<>();
        params.put("user", user);
        params.put("password", password);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                params,
                r -> ((Number) r.next().get("n")).longValue() > 0);
        String cypher = exists
                ? "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED"
                : "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED";
        try {
            system.executeTransactionally(cypher, params);
        } catch (RuntimeException e) {
            if (!messageContains(e, "cannot be the same")) {
                throw e; // "old and new password cannot be the same" just means it is already set
            }
        }
    }

    private static void startParentWatch(boolean watchStdin) {
        if (watchStdin) {
            Thread stdinWatch = new Thread(() -> {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                try {
                    while (in.read(buf) >= 0) {
                        // the parent never writes; just drain
                    }
                } catch (IOException ignored) {
                    // treat as EOF
                }
                ERR.println("neo4j-launcher: stdin closed (parent gone), shutting down");
                exitAsync();
            }, "neo4j-launcher-stdin-watch");
            stdinWatch.setDaemon(true);
            stdinWatch.start();
        }

        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isPresent()) {
            long parentPid = parent.get().pid();
            Thread parentWatch = new Thread(() -> {
                while (true) {
                    sleep(1000);
                    Optional<ProcessHandle> now = ProcessHandle.current().parent();
                    boolean alive = now.isPresent() && now.get().pid() == parentPid && now.get().isAlive();
                    if (!alive) {
                        ERR.println("neo4j-launcher: parent process " + parentPid + " is gone, shutting down");
                        exitAsync();
                        return;
                    }
                }
            }, "neo4j-launcher-parent-watch");
            parentWatch.setDaemon(true);
            parentWatch.start();
        }
    }

    /** System.exit from a fresh thread (runs the shutdown hook), with a hard halt if shutdown hangs. */
    private static void exitAsync() {
        Thread t = new Thread(() -> System.exit(0), "neo4j-launcher-exit");
        t.start();
        Thread halt = new Thread(() -> {
            sleep(60_000);
            ERR.println("neo4j-launcher: shutdown took over 60s, halting");
            Runtime.getRuntime().halt(1);
        }, "neo4j-launcher-halt");
        halt.setDaemon(true);
        halt.start();
    }

    private static void shutdown() {
        if (!STOPPING.compareAndSet(false, true)) {
            return;
        }
        DatabaseManagementService s = service;
        if (s != null) {
            ERR.println("neo4j-launcher: shutting down Neo4j");
            try {
                s.shutdown();
                ERR.println("neo4j-launcher: stopped");
            } catch (Throwable t) {
                ERR.println("neo4j-launcher: error during shutdown: " + t);
            }
        }
        ERR.flush();
    }

    private static Throwable findCause(Throwable t, String simpleName) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getSimpleName().equals(simpleName)) {
                return c;
            }
            for (Throwable s : c.getSuppressed()) {
                Throwable f = findCause(s, simpleName);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static boolean messageContains(Throwable t, String needle) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static final class Options {
        int port = 7687;
        int httpPort = -1;
        long txMemoryBytes = ByteUnit.mebiBytes(256);
        Path dataDir;
        String authUser;
        String authPassword;
        Duration txTimeout = Duration.ofSeconds(30);
        long pageCacheBytes = ByteUnit.mebiBytes(128);
        Duration startTimeout = Duration.ofSeconds(120);
        boolean watchStdin = true;
        boolean checkLockOnly;
        final Map<String, String> settings = new HashMap<>();

        static Options parse(String[] args) {
            Options o = new Options();
            String env;
            if ((env = System.getenv("NEO4J_BOLT_PORT")) != null && !env.isBlank()) {
                o.port = parsePort(env);
            }
            String data = System.getenv("NEO4J_DATA_DIR");
            String auth = System.getenv("NEO4J_AUTH");
            String pagecache = System.getenv("NEO4J_PAGECACHE");
            String txMemory = System.getenv("NEO4J_TX_MEMORY");
            if ((env = System.getenv("NEO4J_HTTP_PORT")) != null && !env.isBlank()) {
                o.httpPort = parseHttpPort(env);
            }
            List<String> list = List.of(args);
            for (int i = 0; i < list.size(); i++) {
                String a = list.get(i);
                String key = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    key = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (key.equals("--check-lock")) {
                    o.checkLockOnly = true;
                    continue;
                }
                if (key.equals("--no-stdin-watch")) {
                    o.watchStdin = false;
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= list.size()) {
                        throw new IllegalArgumentException("missing value for " + key);
                    }
                    value = list.get(++i);
                }
                switch (key) {
                    case "--port" -> o.port = parsePort(value);
                    case "--data" -> data = value;
                    case "--auth" -> auth = value;
                    case "--tx-timeout" -> o.txTimeout = parseDuration(value);
                    case "--pagecache" -> pagecache = value;
                    case "--http-port" -> o.httpPort = parseHttpPort(value);
                    case "--tx-memory" -> txMemory = value;
                    case "--start-timeout" -> o.startTimeout = parseDuration(value);
                    case "--setting" -> {
                        int at = value.indexOf('=');
                        if (at <= 0) {
                            throw new IllegalArgumentException("--setting must be name=value: " + value);
                        }
                        o.settings.put(value.substring(0, at).trim(), value.substring(at + 1).trim());
                    }
                    default -> throw new IllegalArgumentException("unknown option " + key);
                }
            }
            o.dataDir = Paths.get(data == null || data.isBlank() ? ".neo4j/data" : data)
                    .toAbsolutePath()
                    .normalize();
            if (auth != null && !auth.isBlank() && !auth.equalsIgnoreCase("none")) {
                int colon = auth.indexOf(':');
                if (colon <= 0 || colon == auth.length() - 1) {
                    throw new IllegalArgumentException("--auth must be user:password");
                }
                o.authUser = auth.substring(0, colon);
                o.authPassword = auth.substring(colon + 1);
                if (o.authPassword.length() < 8) {
                    throw new IllegalArgumentException("Neo4j 5 requires passwords of at least 8 characters");
                }
            }
            if (pagecache != null && !pagecache.isBlank()) {
                o.pageCacheBytes = ByteUnit.parse(pagecache.trim());
            }
            if (txMemory != null && !txMemory.isBlank()) {
                o.txMemoryBytes = ByteUnit.parse(txMemory.trim());
            }
            return o;
        }

        static int parsePort(String s) {
            try {
                int p = Integer.parseInt(s.trim());
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid port: " + s);
            }
        }

        /** -1 turns the HTTP connector off. */
        static int parseHttpPort(String s) {
            return s.trim().equals("-1") ? -1 : parsePort(s);
        }

        /** "30s", "500ms", "2m", "1h" or a plain number of seconds. */
        static Duration parseDuration(String s) {
            String v = s.trim().toLowerCase();
            try {
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                } else if (v.endsWith("s")) {
                    return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
                } else if (v.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
                } else if (v.endsWith("h")) {
                    return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
                }
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid duration: " + s);
            }
        }
    }
}
