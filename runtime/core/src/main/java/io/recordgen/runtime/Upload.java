package io.recordgen.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A binary request body ({@code application/octet-stream}, images, archives) that is sent as a
 * stream, in bounded memory, from bytes, a file or a stream.
 *
 * <p>A body that can be read again, bytes, a file or a supplier of streams, is <em>replayable</em>
 * and is resent when a call is retried. A single {@link InputStream} is not: a call with one is
 * made once, never retried, and AK/SK signing, which hashes the body, refuses it.
 *
 * <pre>{@code
 * api.uploadContent(id, Upload.of(Path.of("report.pdf")));
 * }</pre>
 */
public final class Upload {
  private final Source source;
  private final long length;
  private final @Nullable Path path;
  private final @Nullable Bytes bytes;
  private final boolean replayable;
  private final AtomicBoolean opened = new AtomicBoolean();

  /** Opens the body's content, once per attempt. */
  @FunctionalInterface
  private interface Source {
    InputStream open() throws IOException;
  }

  private Upload(
      Source source, long length, @Nullable Path path, @Nullable Bytes bytes, boolean replayable) {
    this.source = source;
    this.length = length;
    this.path = path;
    this.bytes = bytes;
    this.replayable = replayable;
  }

  /** A body of these bytes. */
  public static Upload of(Bytes bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Upload(bytes::asInputStream, bytes.size(), null, bytes, true);
  }

  /** A body of a copy of these bytes. */
  public static Upload of(byte[] bytes) {
    return of(Bytes.of(bytes));
  }

  /**
   * A body read from a file when it is sent, and read again for a retry.
   *
   * @throws UncheckedIOException when the file cannot be read now
   */
  public static Upload of(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return new Upload(() -> Files.newInputStream(file), Files.size(file), file, null, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * A body read once from {@code stream}; the call is never retried, and the stream is closed
   * once sent.
   *
   * @param length the number of bytes, sent as {@code Content-Length}, or -1 when unknown (sent
   *     chunked)
   */
  public static Upload of(InputStream stream, long length) {
    Objects.requireNonNull(stream, "stream");
    return new Upload(() -> stream, length < 0 ? -1 : length, null, null, false);
  }

  /** A body read once from {@code stream}, of unknown length: sent chunked, never retried. */
  public static Upload of(InputStream stream) {
    return of(stream, -1);
  }

  /**
   * A body whose content {@code streams} opens afresh for every attempt, so it is replayable.
   *
   * @param length the number of bytes, or -1 when unknown
   */
  public static Upload replayable(Supplier<? extends InputStream> streams, long length) {
    Objects.requireNonNull(streams, "streams");
    return new Upload(streams::get, length < 0 ? -1 : length, null, null, true);
  }

  /** Whether the body can be sent again, so a call with it may be retried. */
  public boolean replayable() {
    return replayable;
  }

  /** The number of bytes, when known. */
  public OptionalLong contentLength() {
    return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
  }

  /** The file the body is read from, when it is one: transports send it directly. */
  public Optional<Path> file() {
    return Optional.ofNullable(path);
  }

  /** The bytes, when the body is bytes already: what AK/SK signing hashes without reading. */
  public Optional<Bytes> bytes() {
    return Optional.ofNullable(bytes);
  }

  /**
   * Opens the content for one attempt. A replayable body opens afresh every time; a single
   * stream opens once.
   *
   * @throws IllegalStateException when a single stream was opened before
   * @throws IOException when the content cannot be opened
   */
  public InputStream open() throws IOException {
    if (!replayable && !opened.compareAndSet(false, true)) {
      throw new IllegalStateException("this Upload reads a single stream, which was already sent");
    }
    InputStream stream = source.open();
    return stream == null ? new ByteArrayInputStream(new byte[0]) : stream;
  }

  /** The size and whether it is replayable; never the content. */
  @Override
  public String toString() {
    return "Upload["
        + (length < 0 ? "unknown length" : length + " bytes")
        + (path != null ? ", file" : "")
        + (replayable ? "" : ", single stream")
        + "]";
  }
}
