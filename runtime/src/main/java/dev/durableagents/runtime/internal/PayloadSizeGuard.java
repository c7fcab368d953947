package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.PayloadTooLarge;
import io.temporal.api.common.v1.Payload;
import io.temporal.failure.ApplicationFailure;
import io.temporal.payload.codec.PayloadCodec;
import java.util.List;

/**
 * The plugin's last codec: refuses to encode a payload over the size limit, with a non-retryable
 * {@code ApplicationFailure} of type {@link PayloadTooLarge#TYPE}. Without it, a payload between
 * the server's limit (2 MB) and gRPC's message limit (4 MB) is refused by the server, and one above
 * gRPC's limit is never delivered at all: the worker's completion of an activity fails and the
 * activity is retried until its timeouts, forever with the default retry policy.
 */
public final class PayloadSizeGuard implements PayloadCodec {

  private final long limit;

  /**
   * @param limit the largest payload allowed, in bytes (as serialized)
   */
  public PayloadSizeGuard(long limit) {
    this.limit = limit;
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    for (Payload payload : payloads) {
      long size = payload.getSerializedSize();
      if (size > limit) {
        throw ApplicationFailure.newBuilder()
            .setType(PayloadTooLarge.TYPE)
            .setMessage(
                "a payload of "
                    + size
                    + " bytes is over the payload size limit of "
                    + limit
                    + " bytes (Temporal refuses payloads over 2 MB by default)")
            .setNonRetryable(true)
            .build();
      }
    }
    return payloads;
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads;
  }
}
