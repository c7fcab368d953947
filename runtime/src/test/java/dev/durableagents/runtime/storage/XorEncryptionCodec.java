package dev.durableagents.runtime.storage;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stand-in for a user's encrypting codec: XORs the whole serialized payload with a key and marks
 * the result {@code encoding: binary/test-encrypted}. Deterministic, as content addressing likes.
 */
final class XorEncryptionCodec implements PayloadCodec {

  static final String ENCODING = "binary/test-encrypted";
  private static final byte[] KEY = {0x5a, 0x13, 0x7c, 0x2e, 0x61};

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream()
        .map(
            p ->
                Payload.newBuilder()
                    .putMetadata("encoding", ByteString.copyFromUtf8(ENCODING))
                    .setData(ByteString.copyFrom(xor(p.toByteArray())))
                    .build())
        .collect(Collectors.toList());
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(XorEncryptionCodec::decrypt).collect(Collectors.toList());
  }

  private static Payload decrypt(Payload p) {
    if (!ByteString.copyFromUtf8(ENCODING).equals(p.getMetadataMap().get("encoding"))) {
      return p;
    }
    try {
      return Payload.parseFrom(xor(p.getData().toByteArray()));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] xor(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = (byte) (bytes[i] ^ KEY[i % KEY.length]);
    }
    return out;
  }
}
