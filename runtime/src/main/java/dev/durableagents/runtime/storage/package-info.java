/**
 * External payload storage: large payloads go to a store, and the workflow history keeps a small
 * claim check that names the store, the key, the size and the SHA-256 digest of the stored bytes.
 *
 * <p>It keeps a run's history under Temporal's limits (2 MB per payload, 50 MB per history) when a
 * tool returns a large result, a model input carries an image as a {@code data:} URL, or a long
 * conversation is passed to the next run. It follows the design of the External Payload Storage of
 * Temporal's Go and Python SDKs: {@link dev.durableagents.runtime.storage.StorageDriver storage
 * drivers}, a {@link dev.durableagents.runtime.storage.PayloadSelector selector} that picks the
 * payloads to store (by default those larger than 256 KiB), and a claim in their place.
 *
 * <pre>{@code
 * ExternalStorage storage = ExternalStorage.newBuilder()
 *     .addDriver(PostgresStorageDriver.newBuilder(dataSource).build())
 *     .build();
 * DurableAgentsPlugin agents = DurableAgentsPlugin.newBuilder()
 *     .setExternalStorage(storage)
 *     .build();
 * }</pre>
 *
 * <p>Without the plugin, {@link dev.durableagents.runtime.storage.ExternalStorage#wrap} wraps any
 * {@code DataConverter}, and {@link dev.durableagents.runtime.storage.ExternalStorage#codec} is the
 * {@code PayloadCodec} itself (for a codec server, for instance).
 */
package dev.durableagents.runtime.storage;
