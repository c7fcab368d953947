package dev.durableagents.runtime.storage;

/**
 * The bytes a driver returned for a claim are not the bytes that were stored: their size or SHA-256
 * digest differs from the claim's, or they are not a payload.
 */
public final class StoredPayloadCorruptedException extends PayloadStorageException {
  private static final long serialVersionUID = 1L;

  StoredPayloadCorruptedException(StorageClaim claim, String problem, Throwable cause) {
    super(
        "External storage: object '"
            + claim.key()
            + "' of driver '"
            + claim.driver()
            + "' is corrupted: "
            + problem,
        claim.driver(),
        claim.key(),
        cause);
  }
}
