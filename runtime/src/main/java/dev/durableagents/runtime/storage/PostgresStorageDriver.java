package dev.durableagents.runtime.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link StorageDriver} that keeps objects in a PostgreSQL table, over plain JDBC.
 *
 * <p>Bring the PostgreSQL JDBC driver ({@code org.postgresql:postgresql}) and, best, a pooled
 * {@link DataSource} (HikariCP, or {@code org.postgresql.ds.PGSimpleDataSource}); a JDBC URL works
 * too, with a new connection per operation. The table is created on first use if absent (under an
 * advisory lock, so workers that start together do not race; a user who may not create tables but
 * finds the table there just uses it):
 *
 * <pre>{@code
 * CREATE TABLE IF NOT EXISTS durable_agents_payloads (
 *   key        TEXT PRIMARY KEY,          -- hex SHA-256 of data
 *   data       BYTEA NOT NULL,            -- the serialized payload
 *   size       BIGINT NOT NULL,
 *   created_at TIMESTAMPTZ NOT NULL DEFAULT now())
 * }</pre>
 *
 * <p>Writes are {@code INSERT ... ON CONFLICT (key) DO NOTHING}: a retried or replayed write of the
 * same object changes nothing, and concurrent writers of one key race harmlessly. Each write is
 * committed before the claim that names it reaches Temporal.
 *
 * <pre>{@code
 * PGSimpleDataSource dataSource = new PGSimpleDataSource();
 * dataSource.setUrl("jdbc:postgresql://db:5432/agents");
 * dataSource.setUser("agents");
 * dataSource.setPassword(System.getenv("AGENTS_DB_PASSWORD"));
 * StorageDriver postgres = PostgresStorageDriver.newBuilder(dataSource)
 *     .setTable("agents.payloads")           // default durable_agents_payloads
 *     .build();
 * }</pre>
 *
 * <p>Objects are never deleted by the driver: delete rows older than your longest workflow
 * retention (plus the time you keep histories for replay) with a job of your own, e.g. {@code
 * DELETE FROM durable_agents_payloads WHERE created_at < now() - interval '90 days'}.
 */
public final class PostgresStorageDriver implements StorageDriver {

  /** The default driver name. */
  public static final String DEFAULT_NAME = "postgres";

  /** The default table name. */
  public static final String DEFAULT_TABLE = "durable_agents_payloads";

  private static final Pattern IDENTIFIER =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

  private final String name;
  private final ConnectionSource connections;
  private final String table;
  private final boolean createTable;
  private final String insertSql;
  private final String selectSql;
  private volatile boolean tableReady;

  private PostgresStorageDriver(Builder b) {
    this.name = b.name;
    this.connections = b.connections;
    this.table = b.table;
    this.createTable = b.createTable;
    this.tableReady = !b.createTable;
    this.insertSql =
        "INSERT INTO " + table + " (key, data, size) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING";
    this.selectSql = "SELECT data FROM " + table + " WHERE key = ?";
  }

  /** A builder of a driver that takes its connections from {@code dataSource}. */
  public static Builder newBuilder(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new Builder(dataSource::getConnection);
  }

  /**
   * A builder of a driver that opens a connection to {@code jdbcUrl} (user and password as its
   * parameters, e.g. {@code jdbc:postgresql://db:5432/agents?user=agents&password=...}) for each
   * operation, through {@link DriverManager}.
   */
  public static Builder newBuilder(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + redact(jdbcUrl));
    }
    return new Builder(() -> DriverManager.getConnection(jdbcUrl));
  }

  @Override
  public String name() {
    return name;
  }

  /** The table that holds the objects. */
  public String table() {
    return table;
  }

  @Override
  public void store(String key, byte[] bytes) throws IOException {
    try (Connection connection = connections.get()) {
      ensureTable(connection);
      try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
        insert.setString(1, key);
        insert.setBytes(2, bytes);
        insert.setLong(3, bytes.length);
        insert.executeUpdate();
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw failure("store", key, e);
    }
  }

  @Override
  public Optional<byte[]> retrieve(String key) throws IOException {
    try (Connection connection = connections.get()) {
      ensureTable(connection);
      byte[] data = null;
      try (PreparedStatement select = connection.prepareStatement(selectSql)) {
        select.setString(1, key);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()) {
            data = rows.getBytes(1);
          }
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return Optional.ofNullable(data);
    } catch (SQLException e) {
      throw failure("retrieve", key, e);
    }
  }

  /**
   * Creates the table if absent, once per driver (again after a failure).
   *
   * <p>{@code CREATE TABLE IF NOT EXISTS} is not safe against itself in PostgreSQL: two sessions
   * that run it at one moment may both pass the existence check, and the loser then fails on the
   * catalog ({@code type ... already exists}, SQL state 42710, or a unique violation on {@code
   * pg_type}). So the statement runs in a transaction that first takes an advisory lock named for
   * the table: drivers in any number of processes create it one after another, and each but the
   * first finds it there. Should creation fail for another reason while the table exists (made by
   * someone else, or the user may not create tables), the driver goes on with that table.
   */
  private void ensureTable(Connection connection) throws SQLException {
    if (tableReady) {
      return;
    }
    synchronized (this) {
      if (tableReady) {
        return;
      }
      boolean autoCommit = connection.getAutoCommit();
      try {
        connection.setAutoCommit(false);
        createTable(connection);
        connection.commit();
      } catch (SQLException e) {
        try {
          connection.rollback();
          if (!tableExists(connection)) {
            throw e;
          }
        } catch (SQLException second) {
          if (second != e) {
            e.addSuppressed(second);
          }
          throw e;
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
      tableReady = true;
    }
  }

  private void createTable(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, creationLockKey(table));
      lock.execute();
    }
    try (Statement create = connection.createStatement()) {
      create.execute(
          "CREATE TABLE IF NOT EXISTS "
              + table
              + " (key TEXT PRIMARY KEY, data BYTEA NOT NULL, size BIGINT NOT NULL,"
              + " created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    }
  }

  private boolean tableExists(Connection connection) throws SQLException {
    try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?)")) {
      exists.setString(1, table);
      try (ResultSet rows = exists.executeQuery()) {
        boolean found = rows.next() && rows.getString(1) != null;
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        return found;
      }
    }
  }

  /**
   * The advisory lock key that serializes creation of {@code table}: the first eight bytes of the
   * SHA-256 of a name of our own, so it does not collide with the small keys applications use.
   */
  private static long creationLockKey(String table) {
    byte[] digest;
    try {
      digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("durable-agents:create-table:" + table).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
    return ByteBuffer.wrap(digest).getLong();
  }

  private IOException failure(String operation, String key, SQLException e) {
    return new IOException(
        "PostgreSQL "
            + operation
            + " of '"
            + key
            + "' in table "
            + table
            + " failed (SQL state "
            + e.getSQLState()
            + "): "
            + e.getMessage(),
        e);
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  @Override
  public String toString() {
    return "PostgresStorageDriver[" + name + ": " + table + (createTable ? "" : ", existing") + "]";
  }

  @FunctionalInterface
  private interface ConnectionSource {
    Connection get() throws SQLException;
  }

  /** Builds {@link PostgresStorageDriver}s. */
  public static final class Builder {
    private final ConnectionSource connections;
    private String name = DEFAULT_NAME;
    private String table = DEFAULT_TABLE;
    private boolean createTable = true;

    private Builder(ConnectionSource connections) {
      this.connections = connections;
    }

    /** The driver's name, kept in claims; default {@value PostgresStorageDriver#DEFAULT_NAME}. */
    public Builder setName(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The table, optionally schema-qualified ({@code agents.payloads}); default {@value
     * PostgresStorageDriver#DEFAULT_TABLE}. Plain identifiers only: letters, digits, underscores.
     */
    public Builder setTable(String table) {
      Objects.requireNonNull(table, "table");
      if (!IDENTIFIER.matcher(table).matches()) {
        throw new IllegalArgumentException(
            "Not a plain (optionally schema-qualified) table name: '" + table + "'");
      }
      this.table = table;
      return this;
    }

    /**
     * Whether the driver creates its table if absent; default {@code true}. Turn it off to keep the
     * driver from running any DDL (create the table beforehand with the statement above). A user
     * who may not create tables works either way once the table exists.
     */
    public Builder setCreateTable(boolean createTable) {
      this.createTable = createTable;
      return this;
    }

    /** The driver. */
    public PostgresStorageDriver build() {
      return new PostgresStorageDriver(this);
    }
  }
}
