package io.recordgen.generator.behaviour;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.JsonCodec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;

/**
 * Reflection over golden code loaded at test time: calling a client method and building a
 * record through its builder, with the generated code's own exceptions rethrown unwrapped.
 */
final class Generated {
  private Generated() {}

  /** The generated client {@code apiClass} of {@code loader}, talking to {@code server}. */
  static Object client(JsonCodec codec, ClassLoader loader, String apiClass, HttpServer server)
      throws Exception {
    ApiClient client =
        ApiClient.builder()
            .codec(codec)
            .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .build();
    return loader.loadClass(apiClass).getMethod("create", ApiClient.class).invoke(null, client);
  }

  /**
   * Calls the client interface method {@code name} whose parameters take the arguments given,
   * such as {@code getItem(String, String)} rather than {@code getItem(GetItemInput)}.
   */
  static Object call(Object api, String name, Object... arguments) throws Exception {
    for (Method method : api.getClass().getInterfaces()[0].getMethods()) {
      if (method.getName().equals(name) && takes(method, arguments)) {
        return unwrapped(method, api, arguments);
      }
    }
    throw new AssertionError("no method " + name + " with " + arguments.length + " arguments");
  }

  private static boolean takes(Method method, Object[] arguments) {
    Class<?>[] types = method.getParameterTypes();
    if (types.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      if (arguments[i] != null && !types[i].isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  /** The value of the public static field {@code name} of {@code type}, such as a header key. */
  static Object constant(ClassLoader loader, String type, String name) throws Exception {
    return loader.loadClass(type).getField(name).get(null);
  }

  /**
   * Builds {@code type} through {@code builder()}: setter name, value, setter name, value... then
   * {@code build()}, whose constraint checks may throw.
   */
  static Object build(Class<?> type, Object... setters) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    for (int i = 0; i < setters.length; i += 2) {
      builder = unwrapped(setter(builder, (String) setters[i]), builder, setters[i + 1]);
    }
    return unwrapped(builder.getClass().getMethod("build"), builder);
  }

  private static Method setter(Object builder, String name) {
    for (Method method : builder.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        return method;
      }
    }
    throw new AssertionError("no setter " + name + " on " + builder.getClass().getName());
  }

  private static Object unwrapped(Method method, Object target, Object... arguments)
      throws Exception {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw new AssertionError(e.getCause());
    }
  }
}
