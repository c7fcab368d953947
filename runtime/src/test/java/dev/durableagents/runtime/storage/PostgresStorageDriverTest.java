package dev.durableagents.runtime.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.storage.ExternalStorageWorkflowTest.DocsActivitiesImpl;
import dev.durableagents.runtime.storage.ExternalStorageWorkflowTest.ReadWorkflow;
import dev.durableagents.runtime.storage.ExternalStorageWorkflowTest.ReadWorkflowImpl;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.EventType;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL driver against a real server: {@code DURABLE_AGENTS_TEST_POSTGRES_URL} (a JDBC URL
 * with the user, as {@code eval "$(.ci/postgres start /tmp/pg)"} exports it). Without it these
 * tests are skipped, except those that need no server. Each test uses a table of its own.
 */
class PostgresStorageDriverTest {

  static final String URL_VARIABLE = "DURABLE_AGENTS_TEST_POSTGRES_URL";

  private static final int RACE_ROUNDS = 20;

  private final String table = "payloads_" + UUID.randomUUID().toString().replace("-", "");

  /** Tables a test made besides {@link #table}, dropped after it. */
  private final List<String> racedTables = new ArrayList<>();

  private static String url() {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        URL_VARIABLE
            + " is not set: no PostgreSQL server to test against (start one with"
            + " eval \"$(.ci/postgres start /tmp/durable-agents-pg)\")");
    return url;
  }

  @AfterEach
  void dropTable() throws SQLException {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      for (String raced : racedTables) {
        s.execute("DROP TABLE IF EXISTS " + raced);
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String keyOf(byte[] bytes) {
    return ExternalStorageCodec.sha256(bytes);
  }

  @Test
  void createsItsTableThenStoresAndRetrieves() throws Exception {
    PostgresStorageDriver driver = PostgresStorageDriver.newBuilder(url()).setTable(table).build();
    byte[] bytes = bytes("hello postgres");
    String key = keyOf(bytes);

    assertEquals(Optional.empty(), driver.retrieve(key));
    driver.store(key, bytes);

    assertEquals("postgres", driver.name());
    assertArrayEquals(bytes, driver.retrieve(key).orElseThrow());
    try (Connection c = DriverManager.getConnection(url());
        PreparedStatement q = c.prepareStatement("SELECT size FROM " + table + " WHERE key = ?")) {
      q.setString(1, key);
      try (ResultSet rows = q.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(bytes.length, rows.getLong(1));
      }
    }
  }

  @Test
  void aSecondWriteOfAKeyChangesNothing() throws Exception {
    PostgresStorageDriver driver = PostgresStorageDriver.newBuilder(url()).setTable(table).build();
    byte[] bytes = bytes("same");
    String key = keyOf(bytes);
    driver.store(key, bytes);
    Timestamp first = createdAt(key);

    driver.store(key, bytes);

    assertEquals(1, count());
    assertEquals(first, createdAt(key));
  }

  @Test
  void workersThatStartTogetherShareTheTableAndOneRowPerKey() throws Exception {
    byte[] bytes = ExternalStorageCodecTest.text(512 * 1024, "").getBytes(StandardCharsets.UTF_8);
    String key = keyOf(bytes);
    // Several rounds, each on a table of its own: concurrent CREATE TABLE IF NOT EXISTS races
    // inside PostgreSQL's catalog only now and then, so one round alone rarely shows it.
    for (int round = 0; round < RACE_ROUNDS; round++) {
      String raced = round == 0 ? table : table + "_" + round;
      racedTables.add(raced);
      storeTogether(raced, key, bytes, 8);

      assertEquals(1, count(raced), "rows in " + raced);
      PostgresStorageDriver reader =
          PostgresStorageDriver.newBuilder(url()).setTable(raced).build();
      assertArrayEquals(bytes, reader.retrieve(key).orElseThrow());
    }
  }

  @Test
  void aUserWhoMayNotCreateTablesUsesTheTableThatIsThere() throws Exception {
    String role = "writer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(url());
        Statement s = admin.createStatement()) {
      s.execute(
          "CREATE TABLE "
              + table
              + " (key TEXT PRIMARY KEY, data BYTEA NOT NULL, size BIGINT NOT NULL,"
              + " created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      s.execute("CREATE ROLE " + role + " LOGIN");
      s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
      s.execute("GRANT SELECT, INSERT ON " + table + " TO " + role);
    }
    try {
      String asRole = url().replaceAll("([?&]user=)[^&]*", "$1" + role);
      assertCannotCreateTables(asRole);
      PostgresStorageDriver driver =
          PostgresStorageDriver.newBuilder(asRole).setTable(table).build();
      byte[] bytes = bytes("stored by a user without CREATE");
      String key = keyOf(bytes);

      driver.store(key, bytes);

      assertArrayEquals(bytes, driver.retrieve(key).orElseThrow());
      assertEquals(1, count());
    } finally {
      try (Connection admin = DriverManager.getConnection(url());
          Statement s = admin.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table);
        s.execute("DROP ROLE IF EXISTS " + role);
      }
    }
  }

  /** The premise of the test above: the role's own CREATE TABLE IF NOT EXISTS fails. */
  private void assertCannotCreateTables(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      SQLException denied =
          assertThrows(
              SQLException.class,
              () ->
                  s.execute(
                      "CREATE TABLE IF NOT EXISTS "
                          + table
                          + " (key TEXT PRIMARY KEY, data BYTEA NOT NULL, size BIGINT NOT NULL)"));
      assertEquals("42501", denied.getSQLState(), denied.getMessage());
    }
  }

  /** {@code drivers} drivers (as separate worker processes would have) store at one moment. */
  private static void storeTogether(String table, String key, byte[] bytes, int drivers)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(drivers);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < drivers; i++) {
        PostgresStorageDriver driver =
            PostgresStorageDriver.newBuilder(url()).setTable(table).build();
        writes.add(
            pool.submit(
                () -> {
                  gate.await();
                  driver.store(key, bytes);
                  return null;
                }));
      }
      gate.countDown();
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void roundTripsThroughTheCodecWithADataSourceAndDetectsTampering() throws Exception {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url());
    String qualified = "public." + table;
    PostgresStorageDriver driver =
        PostgresStorageDriver.newBuilder(dataSource).setName("pg").setTable(qualified).build();
    DataConverter converter =
        ExternalStorage.newBuilder()
            .addDriver(driver)
            .setCacheSize(0) // every decode reads the table
            .build()
            .wrap(DefaultDataConverter.newDefaultInstance());
    String big = ExternalStorageCodecTest.text(400 * 1024, "pg");

    Payload claimPayload = converter.toPayload(big).orElseThrow();

    StorageClaim claim = StorageClaim.of(claimPayload).orElseThrow();
    assertEquals("pg", claim.driver());
    assertEquals(big, converter.fromPayload(claimPayload, String.class, String.class));

    execute("UPDATE " + qualified + " SET data = overlay(data placing '\\x00'::bytea from 100)");
    StoredPayloadCorruptedException corrupted =
        assertThrows(
            StoredPayloadCorruptedException.class,
            () -> converter.fromPayload(claimPayload, String.class, String.class));
    assertTrue(corrupted.getMessage().contains(claim.key()), corrupted.getMessage());

    execute("DELETE FROM " + qualified);
    StoredPayloadNotFoundException missing =
        assertThrows(
            StoredPayloadNotFoundException.class,
            () -> converter.fromPayload(claimPayload, String.class, String.class));
    assertEquals(claim.key(), missing.key());
    assertEquals("pg", missing.driver());
  }

  @Test
  void withoutCreateTableAMissingTableIsAnIoErrorNamingIt() {
    PostgresStorageDriver driver =
        PostgresStorageDriver.newBuilder(url()).setTable(table).setCreateTable(false).build();

    IOException e =
        assertThrows(IOException.class, () -> driver.store("ab".repeat(32), new byte[1]));
    assertTrue(e.getMessage().contains(table), e.getMessage());
    assertTrue(e.getMessage().contains("42P01"), e.getMessage()); // undefined_table
  }

  @Test
  void anAgentRunStoresItsLargePayloadsInPostgresAndReplays() throws Exception {
    ExternalStorage storage =
        ExternalStorage.newBuilder()
            .addDriver(PostgresStorageDriver.newBuilder(url()).setTable(table).build())
            .build();
    String question = ExternalStorageCodecTest.text(ExternalStorageWorkflowTest.LARGE, "Q: ");
    WorkflowExecutionHistory history;
    try (AgentTestEnvironment env =
        AgentTestEnvironment.create(
            DurableAgentsPlugin.newBuilder()
                .setModelProvider(
                    new TestModelProvider(
                        TestModel.returning(
                            TestModel.toolCall("fetch", "{\"name\":\"manual\"}"),
                            TestModel.text("Read."))))
                .setExternalStorage(storage)
                .build(),
            600)) {
      env.worker().registerWorkflowImplementationTypes(ReadWorkflowImpl.class);
      env.worker().registerActivitiesImplementations(new DocsActivitiesImpl());
      env.start();

      assertEquals("Read.", env.newWorkflow(ReadWorkflow.class, "pg-run").read(question));
      history = Histories.of(env.client(), "pg-run");
    }

    Payload input =
        Histories.events(history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)
            .get(0)
            .getWorkflowExecutionStartedEventAttributes()
            .getInput()
            .getPayloads(0);
    assertEquals("postgres", StorageClaim.of(input).orElseThrow().driver());
    assertEquals(4, count());

    // Another worker (a new driver, same table) replays the history.
    ExternalStorage again =
        ExternalStorage.newBuilder()
            .addDriver(PostgresStorageDriver.newBuilder(url()).setTable(table).build())
            .build();
    try (AgentTestEnvironment replay =
        AgentTestEnvironment.create(
            DurableAgentsPlugin.newBuilder()
                .setModelProvider(new TestModelProvider(TestModel.returning()))
                .setExternalStorage(again)
                .build(),
            600)) {
      replay.worker().registerWorkflowImplementationTypes(ReadWorkflowImpl.class);
      WorkflowReplayer.replayWorkflowExecution(history, replay.worker());
    }
  }

  @Test
  void rejectsTableNamesThatAreNotPlainIdentifiersAndUrlsOfOtherDatabases() {
    PostgresStorageDriver.Builder builder = PostgresStorageDriver.newBuilder("jdbc:postgresql:x");

    assertThrows(IllegalArgumentException.class, () -> builder.setTable("t; DROP TABLE x"));
    assertThrows(IllegalArgumentException.class, () -> builder.setTable("\"quoted\""));
    assertThrows(IllegalArgumentException.class, () -> builder.setTable("a.b.c"));
    IllegalArgumentException mysql =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostgresStorageDriver.newBuilder("jdbc:mysql://db/x?password=secret"));
    assertTrue(mysql.getMessage().contains("password=***"), mysql.getMessage());
    assertEquals("payloads", builder.setTable("payloads").build().table());
  }

  private long count() throws SQLException {
    return count(table);
  }

  private static long count(String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private Timestamp createdAt(String key) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        PreparedStatement q =
            c.prepareStatement("SELECT created_at FROM " + table + " WHERE key = ?")) {
      q.setString(1, key);
      try (ResultSet rows = q.executeQuery()) {
        rows.next();
        return rows.getTimestamp(1);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
