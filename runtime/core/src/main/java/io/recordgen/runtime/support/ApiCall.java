package io.recordgen.runtime.support;

import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.internal.ParamFormat;
import io.recordgen.runtime.internal.UriEncoding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One call of one operation, as a generated client method describes it: parameter values by
 * location and the body. The {@link ApiClient} turns it into an HTTP request.
 *
 * @param <T> the type the successful response decodes into
 */
public final class ApiCall<T> {
  /**
   * A named parameter value, already in wire text.
   *
   * @param name the parameter name from the spec
   * @param value the formatted value
   * @param encoded whether {@code value} is already percent-encoded: the items of a joined
   *     query parameter ({@code explode: false}) are encoded one by one, so that the comma
   *     between them stays a comma while a comma inside an item becomes {@code %2C}
   */
  public record Param(String name, String value, boolean encoded) {
    /** A value to be encoded on the wire. */
    public Param(String name, String value) {
      this(name, value, false);
    }
  }

  private final OperationSpec operation;
  private final ResponseType<T> responseType;
  private final List<Param> pathParams;
  private final List<Param> queryParams;
  private final List<Param> headerParams;
  private final List<Param> cookieParams;
  private final @Nullable Object body;
  private final String contentType;

  private ApiCall(Builder<T> builder) {
    this.operation = builder.operation;
    this.responseType = builder.responseType;
    this.pathParams = List.copyOf(builder.pathParams);
    this.queryParams = List.copyOf(builder.queryParams);
    this.headerParams = List.copyOf(builder.headerParams);
    this.cookieParams = List.copyOf(builder.cookieParams);
    this.body = builder.body;
    this.contentType = builder.contentType;
  }

  /** Starts describing a call of {@code operation}. */
  public static <T> Builder<T> builder(OperationSpec operation, ResponseType<T> responseType) {
    return new Builder<>(operation, responseType);
  }

  /** The operation. */
  public OperationSpec operation() {
    return operation;
  }

  /** What a success decodes into. */
  public ResponseType<T> responseType() {
    return responseType;
  }

  /** Path parameters in spec order. */
  public List<Param> pathParams() {
    return pathParams;
  }

  /** Query parameters in order; a repeated name means a repeated key. */
  public List<Param> queryParams() {
    return queryParams;
  }

  /** Header parameters. */
  public List<Param> headerParams() {
    return headerParams;
  }

  /** Cookie parameters. */
  public List<Param> cookieParams() {
    return cookieParams;
  }

  /** The body to encode, or {@code null}. */
  public @Nullable Object body() {
    return body;
  }

  /** The media type of the body. */
  public String contentType() {
    return contentType;
  }

  @Override
  public String toString() {
    return "ApiCall[" + operation.describe() + "]";
  }

  /**
   * Collects a call's parameters; {@code null} values of optional parameters are skipped.
   *
   * @param <T> the response type
   */
  public static final class Builder<T> {
    private final OperationSpec operation;
    private final ResponseType<T> responseType;
    private final List<Param> pathParams = new ArrayList<>(2);
    private final List<Param> queryParams = new ArrayList<>(0);
    private final List<Param> headerParams = new ArrayList<>(1);
    private final List<Param> cookieParams = new ArrayList<>(0);
    private @Nullable Object body;
    private String contentType = "application/json";

    private Builder(OperationSpec operation, ResponseType<T> responseType) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.responseType = Objects.requireNonNull(responseType, "responseType");
    }

    /**
     * A path parameter; it is encoded as exactly one segment, a collection's items joined by
     * commas ({@code style: simple}).
     */
    public Builder<T> path(String name, Object value) {
      if (value instanceof Collection<?> items) {
        List<String> parts = new ArrayList<>(items.size());
        for (Object item : items) {
          if (item != null) {
            parts.add(UriEncoding.encode(ParamFormat.format(item)));
          }
        }
        pathParams.add(new Param(name, String.join(",", parts), true));
      } else {
        pathParams.add(new Param(name, ParamFormat.format(value)));
      }
      return this;
    }

    /** A query parameter; collections become one key per item ({@code explode: true}). */
    public Builder<T> query(String name, @Nullable Object value) {
      if (value instanceof Collection<?> items) {
        for (Object item : items) {
          if (item != null) {
            queryParams.add(new Param(name, ParamFormat.format(item)));
          }
        }
      } else if (value != null) {
        queryParams.add(new Param(name, ParamFormat.format(value)));
      }
      return this;
    }

    /** A query parameter whose items are joined into one value ({@code explode: false}). */
    public Builder<T> queryJoined(String name, @Nullable Collection<?> values, String delimiter) {
      if (values != null) {
        List<String> parts = new ArrayList<>(values.size());
        for (Object item : values) {
          if (item != null) {
            parts.add(UriEncoding.encode(ParamFormat.format(item)));
          }
        }
        String separator = delimiter.equals(",") ? "," : UriEncoding.encode(delimiter);
        queryParams.add(new Param(name, String.join(separator, parts), true));
      }
      return this;
    }

    /** A header parameter; a collection's items are joined by commas ({@code style: simple}). */
    public Builder<T> header(String name, @Nullable Object value) {
      if (value != null) {
        headerParams.add(new Param(name, joined(value)));
      }
      return this;
    }

    /**
     * A cookie parameter; a collection's items are joined by commas ({@code style: form}, {@code
     * explode: false}: a cookie holds one value).
     */
    public Builder<T> cookie(String name, @Nullable Object value) {
      if (value != null) {
        cookieParams.add(new Param(name, joined(value)));
      }
      return this;
    }

    /** The wire text of a value, a collection's items (nulls left out) joined by commas. */
    private static String joined(Object value) {
      if (!(value instanceof Collection<?> items)) {
        return ParamFormat.format(value);
      }
      List<String> parts = new ArrayList<>(items.size());
      for (Object item : items) {
        if (item != null) {
          parts.add(ParamFormat.format(item));
        }
      }
      return String.join(",", parts);
    }

    /** The JSON body. */
    public Builder<T> body(@Nullable Object value) {
      this.body = value;
      return this;
    }

    /** The body with its media type. */
    public Builder<T> body(@Nullable Object value, String mediaType) {
      this.body = value;
      this.contentType = mediaType;
      return this;
    }

    /** The finished call. */
    public ApiCall<T> build() {
      return new ApiCall<>(this);
    }
  }
}
