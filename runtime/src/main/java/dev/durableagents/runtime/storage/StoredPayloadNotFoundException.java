package dev.durableagents.runtime.storage;

/**
 * A claim in the history names an object its driver does not have: it was deleted, or the worker is
 * configured with another store (another directory, database or table) than the one that wrote it.
 */
public final class StoredPayloadNotFoundException extends PayloadStorageException {
  private static final long serialVersionUID = 1L;

  StoredPayloadNotFoundException(StorageClaim claim) {
    super(
        "External storage: no object '"
            + claim.key()
            + "' in driver '"
            + claim.driver()
            + "' ("
            + claim.size()
            + " bytes expected); was it deleted, or is this worker using another store than the"
            + " one that wrote it?",
        claim.driver(),
        claim.key(),
        null);
  }
}
