package io.recordgen.bench;

import io.recordgen.bench.backup.model.CreateBackupRequest;
import io.recordgen.bench.backup.model.CreateBackupResponse;
import io.recordgen.runtime.JsonCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's in-memory work: building a {@code CreateBackupRequest} with every check, and
 * decoding the 201 body. The round trip is compared by {@link RoundTrips}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class ClientBench {
  private final JsonCodec codec = JsonCodec.defaultCodec();
  private String name = "backup-1";

  /** A request with every check of the spec: required, lengths and three patterns. */
  @Benchmark
  public CreateBackupRequest buildValidatedRequest() {
    return new CreateBackupRequest(RoundTripFixture.INSTANCE, name, "Manual backup");
  }

  @Benchmark
  public CreateBackupResponse decodeCreatedResponse() {
    return codec.decode(RoundTripFixture.CREATED, CreateBackupResponse.class);
  }
}
