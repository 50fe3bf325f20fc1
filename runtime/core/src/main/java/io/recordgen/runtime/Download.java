package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.internal.StreamFailures;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A binary response body, still on the connection: read it once, as a stream, into a file or into
 * memory. Reading a stream or writing a file takes bounded memory whatever the size; only {@link
 * #bytes()} and {@link #text()} hold the whole body, within the client's size limit.
 *
 * <p>Until it is read to its end or closed, a download holds its connection: use it in a {@code
 * try}-with-resources block, or one of the methods that close it ({@link #writeTo(Path)}, {@link
 * #transferTo(OutputStream)}, {@link #bytes()}, {@link #text()}). Closing it before the end
 * closes the connection instead of reading the rest.
 *
 * <pre>{@code
 * try (Download report = api.downloadReport(id)) {
 *   report.writeTo(Path.of("report.pdf"));
 * }
 * }</pre>
 *
 * <p>A stalled server is bounded by the client's attempt timeout, counted between chunks while
 * the download waits for data, never while the caller is busy; the call's deadline ends with the
 * response headers.
 */
public final class Download implements Closeable {
  private final InputStream stream;
  private final Headers headers;
  private final String what;
  private final long maxBuffered;
  private final AtomicBoolean used = new AtomicBoolean();

  Download(InputStream stream, Headers headers, String what, long maxBuffered) {
    this.stream = Objects.requireNonNull(stream, "stream");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.what = what;
    this.maxBuffered = maxBuffered;
  }

  /**
   * A download of bytes in memory, for fakes and tests.
   *
   * @param contentType its {@code Content-Type}, or {@code null}
   */
  public static Download of(Bytes bytes, @Nullable String contentType) {
    Headers headers =
        contentType == null
            ? Headers.empty()
            : Headers.of(Map.of("Content-Type", List.of(contentType)));
    headers =
        headers.with("Content-Length", Integer.toString(Objects.requireNonNull(bytes).size()));
    return new Download(bytes.asInputStream(), headers, "download", Integer.MAX_VALUE - 8);
  }

  /** The response headers. */
  public Headers headers() {
    return headers;
  }

  /** The {@code Content-Type}, if the response names one. */
  public Optional<String> contentType() {
    return headers.firstValue("Content-Type");
  }

  /** The {@code Content-Length}, if the response says it. */
  public OptionalLong contentLength() {
    Optional<String> length = headers.firstValue("Content-Length");
    try {
      return length
          .map(v -> OptionalLong.of(Long.parseLong(v.trim())))
          .orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * The body as a stream, once; closing it closes the download. Its {@code read} methods throw
   * {@link IOException} when the connection breaks or the server stalls.
   *
   * @throws IllegalStateException when the body was read before
   */
  public InputStream stream() {
    claim();
    return stream;
  }

  /**
   * Writes the body to {@code target}, replacing a file there, and closes the download; a
   * download that fails midway deletes what it wrote.
   *
   * @return the number of bytes written
   * @throws TransportException when the connection breaks or the server stalls
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public long writeTo(Path target) {
    claim();
    boolean done = false;
    try (InputStream in = stream;
        OutputStream out = Files.newOutputStream(target)) {
      long copied = copy(in, out);
      done = true;
      return copied;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(target);
        } catch (IOException ignored) {
          // The failure that matters is the download's.
        }
      }
    }
  }

  /**
   * Copies the body to {@code out} (which stays open) and closes the download.
   *
   * @return the number of bytes copied
   * @throws TransportException when the connection breaks or the server stalls
   * @throws java.io.UncheckedIOException when {@code out} fails
   */
  public long transferTo(OutputStream out) {
    claim();
    try (InputStream in = stream) {
      return copy(in, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the download", e);
    }
  }

  /**
   * Copies in 64 KiB steps; a failure to read is the transport's, a failure to write is the
   * caller's, and each is reported as what it is.
   */
  private long copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long copied = 0;
    while (true) {
      int read;
      try {
        read = in.read(buffer);
      } catch (IOException e) {
        throw StreamFailures.of(what, e);
      }
      if (read < 0) {
        return copied;
      }
      out.write(buffer, 0, read);
      copied += read;
    }
  }

  /**
   * The whole body in memory, within the client's size limit, and closes the download.
   *
   * @throws ResponseTooLargeException when the body is larger than the limit; the connection is
   *     closed rather than read to the end
   * @throws TransportException when the connection breaks or the server stalls
   */
  public Bytes bytes() {
    claim();
    try (InputStream in = stream) {
      byte[] body = in.readNBytes((int) Math.min(maxBuffered, Integer.MAX_VALUE - 8) + 1);
      if (body.length > maxBuffered) {
        throw new ResponseTooLargeException(
            what + ": response body exceeds the limit of " + maxBuffered + " bytes");
      }
      return Bytes.of(body);
    } catch (IOException e) {
      throw StreamFailures.of(what, e);
    }
  }

  /** The whole body as text in the charset the response names (UTF-8 by default). */
  public String text() {
    return new String(bytes().toByteArray(), charset(headers));
  }

  /** Stops reading: the rest of the body is not read, and the connection is closed. */
  @Override
  public void close() {
    used.set(true);
    try {
      stream.close();
    } catch (IOException e) {
      // Nothing to tell: the connection is being dropped anyway.
    }
  }

  private void claim() {
    if (!used.compareAndSet(false, true)) {
      throw new IllegalStateException(what + ": the download was read or closed before");
    }
  }

  /** The charset a {@code Content-Type} names, or UTF-8. */
  static Charset charset(Headers headers) {
    String type = headers.firstValue("Content-Type").orElse(null);
    if (type != null) {
      for (String parameter : type.split(";")) {
        String trimmed = parameter.trim();
        if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return Charset.forName(trimmed.substring(8).replace("\"", ""));
          } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  @Override
  public String toString() {
    return "Download["
        + contentType().orElse("no type")
        + ", "
        + (contentLength().isPresent() ? contentLength().getAsLong() + " bytes" : "unknown length")
        + "]";
  }
}
