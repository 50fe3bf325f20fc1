package io.recordgen.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Matches request paths to the spec's operations. Templates with more literal segments win, so
 * {@code /backups/create} is preferred to {@code /backups/{backup_id}}.
 */
final class Routes {
  /**
   * One operation.
   *
   * @param method the HTTP method in upper case
   * @param template the path template
   * @param pattern the compiled template
   * @param operationId the operationId, or method and template when there is none
   * @param operation Swagger Parser's operation
   * @param literals how many segments are literal
   */
  record Route(
      String method,
      String template,
      Pattern pattern,
      String operationId,
      Operation operation,
      int literals) {}

  private final List<Route> routes = new ArrayList<>();
  private final String basePath;

  Routes(OpenAPI api) {
    this.basePath = basePath(api);
    if (api.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
      String template = entry.getKey();
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          entry.getValue().readOperationsMap().entrySet()) {
        String method = op.getKey().name().toUpperCase(Locale.ROOT);
        String id =
            op.getValue().getOperationId() != null
                ? op.getValue().getOperationId()
                : method + " " + template;
        routes.add(
            new Route(method, template, compile(template), id, op.getValue(), literals(template)));
      }
    }
    routes.sort(Comparator.comparingInt(Route::literals).reversed());
  }

  /** The route for a request, or {@code null}. */
  @Nullable Route match(String method, String rawPath) {
    String path = rawPath;
    if (!basePath.isEmpty() && path.startsWith(basePath)) {
      path = path.substring(basePath.length());
    }
    for (Route route : routes) {
      if (route.method().equals(method) && route.pattern().matcher(path).matches()) {
        return route;
      }
    }
    return null;
  }

  /** Whether any operation has this path, whatever its method. */
  boolean pathExists(String rawPath) {
    for (Route route : routes) {
      if (route.pattern().matcher(rawPath).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The route of an operation id, or {@code null}. */
  @Nullable Route byId(String operationId) {
    for (Route route : routes) {
      if (route.operationId().equals(operationId)) {
        return route;
      }
    }
    return null;
  }

  private static Pattern compile(String template) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        regex.append(Pattern.quote(template.substring(i)));
        break;
      }
      regex.append(Pattern.quote(template.substring(i, open)));
      int close = template.indexOf('}', open);
      regex.append("[^/]+");
      i = close < 0 ? template.length() : close + 1;
    }
    return Pattern.compile(regex.toString());
  }

  private static int literals(String template) {
    int count = 0;
    for (String segment : template.split("/")) {
      if (!segment.isEmpty() && !segment.contains("{")) {
        count++;
      }
    }
    return count;
  }

  /** The path part of the first server URL, when it is not a template. */
  private static String basePath(OpenAPI api) {
    if (api.getServers() == null || api.getServers().isEmpty()) {
      return "";
    }
    String url = api.getServers().get(0).getUrl();
    if (url == null || url.contains("{")) {
      return "";
    }
    int scheme = url.indexOf("://");
    String rest = scheme < 0 ? url : url.substring(scheme + 3);
    int slash = scheme < 0 ? 0 : rest.indexOf('/');
    String path = slash < 0 ? "" : rest.substring(slash);
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Every route as {@code METHOD /template operationId}, in match order. */
  List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (Route route : routes) {
      lines.add(route.method() + " " + basePath + route.template() + " " + route.operationId());
    }
    return lines;
  }
}
