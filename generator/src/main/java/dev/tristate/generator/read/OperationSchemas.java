package dev.tristate.generator.read;

import dev.tristate.generator.naming.JavaNames;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The schemas a document writes outside {@code components.schemas}: in operations (request bodies, responses of
 * every status, parameters, response headers, callbacks), in 3.1 {@code webhooks}, and in
 * {@code components.requestBodies}, {@code responses}, {@code parameters}, {@code headers}, {@code pathItems} and
 * {@code callbacks}; each with where it is written and the class name it gets if it becomes a class. A place that is
 * a {@code $ref} is skipped: what it leads to is a component, named there.
 *
 * <p>Names (see docs/contract.md, Names): an operation is named by its {@code operationId}, else by its method and
 * path ({@code get /pets/{petId}} → {@code GetPetsPetId}); a request body adds {@code Request}; a response adds its
 * status and {@code Response} ({@code CreatePet201Response}, {@code CreatePetDefaultResponse}), or only
 * {@code Response} when it is the operation's one success (2xx) response; a parameter adds {@code Parameter} and
 * its name, a response header {@code Header} and its name. Names come from the place alone, so adding an operation
 * never renames another's classes (unless the two want the same name: the later one in document order gets a
 * number).
 */
final class OperationSchemas {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** One schema written outside components.schemas. */
    record Site(Schema<?> schema, String pointer, String name) {}

    private final List<Site> sites = new ArrayList<>();
    private final Map<Site, String> skipped = new LinkedHashMap<>();

    private final SourceDocument source;

    private OperationSchemas(SourceDocument source) {
        this.source = source;
    }

    /**
     * @param source the root document as written: a place counts only where it is written there, not a
     *     {@code $ref}, since Swagger Parser resolves some references in place and copies a path's parameters into
     *     each of its operations
     */
    static OperationSchemas of(OpenAPI openApi, SourceDocument source) {
        OperationSchemas found = new OperationSchemas(source);
        found.walk(openApi);
        return found;
    }

    List<Site> sites() {
        return sites;
    }

    /** The inline schemas under media types that are not JSON, each with its media type, in document order. */
    Map<Site, String> skipped() {
        return skipped;
    }

    private void walk(OpenAPI openApi) {
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> pathItem(item, "/paths/" + escape(path), path, null));
        }
        if (openApi.getWebhooks() != null) {
            openApi.getWebhooks().forEach((name, item) -> pathItem(item, "/webhooks/" + escape(name), name, null));
        }
        Components components = openApi.getComponents();
        if (components == null) {
            return;
        }
        String at = "/components/";
        if (components.getRequestBodies() != null) {
            components.getRequestBodies().forEach((name, body) -> requestBody(body,
                    at + "requestBodies/" + escape(name), suffixed(JavaNames.className(name), "Request")));
        }
        if (components.getResponses() != null) {
            components.getResponses().forEach((name, response) -> response(response,
                    at + "responses/" + escape(name), suffixed(JavaNames.className(name), "Response")));
        }
        if (components.getParameters() != null) {
            components.getParameters().forEach((name, parameter) -> parameter(parameter,
                    at + "parameters/" + escape(name), suffixed(JavaNames.className(name), "Parameter")));
        }
        if (components.getHeaders() != null) {
            components.getHeaders().forEach((name, header) -> header(header, at + "headers/" + escape(name),
                    suffixed(JavaNames.className(name), "Header")));
        }
        if (components.getPathItems() != null) {
            components.getPathItems().forEach((name, item) -> pathItem(item, at + "pathItems/" + escape(name), name,
                    null));
        }
        if (components.getCallbacks() != null) {
            components.getCallbacks().forEach((name, callback) -> callback(callback,
                    at + "callbacks/" + escape(name), JavaNames.className(name)));
        }
    }

    /** {@code NotFound} + {@code Response}, but {@code PetResponse} stays {@code PetResponse}. */
    private static String suffixed(String name, String role) {
        return name.endsWith(role) ? name : name + role;
    }

    /**
     * @param owner for a callback's path item, the name of the operation it belongs to, which its operations'
     *     names start with unless they have an operationId; null elsewhere
     */
    private void pathItem(PathItem item, String pointer, String path, String owner) {
        if (item == null || item.get$ref() != null || !written(pointer)) {
            return;
        }
        Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
        // Swagger Parser moves a path's parameters into each of its operations: find them by name and place.
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        operations.values().forEach(operation -> {
            if (operation.getParameters() != null) {
                all.addAll(operation.getParameters());
            }
        });
        parameters(all, pointer + "/parameters", owner != null ? owner : JavaNames.className(path));
        for (String method : METHODS) {
            Operation operation = operations.get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
            if (operation != null) {
                operation(operation, pointer + "/" + method, operationName(operation, method, path, owner));
            }
        }
    }

    private static String operationName(Operation operation, String method, String path, String owner) {
        String id = operation.getOperationId();
        if (id != null && !id.isBlank()) {
            return JavaNames.className(id);
        }
        return (owner == null ? "" : owner) + JavaNames.className(method + " " + path);
    }

    private void operation(Operation operation, String pointer, String name) {
        if (operation.getParameters() != null) {
            parameters(operation.getParameters(), pointer + "/parameters", name);
        }
        if (operation.getRequestBody() != null) {
            requestBody(operation.getRequestBody(), pointer + "/requestBody", name + "Request");
        }
        if (operation.getResponses() != null) {
            long successes = operation.getResponses().keySet().stream().filter(s -> s.startsWith("2")).count();
            operation.getResponses().forEach((status, response) -> response(response,
                    pointer + "/responses/" + escape(status), name + (successes == 1 && status.startsWith("2")
                            ? "" : statusWord(status))
                            + "Response"));
        }
        if (operation.getCallbacks() != null) {
            operation.getCallbacks().forEach((callbackName, callback) -> callback(callback,
                    pointer + "/callbacks/" + escape(callbackName), name + JavaNames.className(callbackName)));
        }
    }

    /** {@code 201} → {@code 201}, {@code default} → {@code Default}, {@code 4xx} → {@code 4XX}. */
    private static String statusWord(String status) {
        if (status.equalsIgnoreCase("default")) {
            return "Default";
        }
        return status.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private void callback(Callback callback, String pointer, String name) {
        if (callback == null || callback.get$ref() != null || !written(pointer)) {
            return;
        }
        callback.forEach((expression, item) -> pathItem(item, pointer + "/" + escape(expression), "", name));
    }

    /** The parameters written at this place, each matched by name and {@code in} with Swagger Parser's. */
    private void parameters(List<Parameter> parameters, String pointer, String owner) {
        com.fasterxml.jackson.databind.JsonNode written = source.at(pointer);
        for (int i = 0; written.isArray() && i < written.size(); i++) {
            com.fasterxml.jackson.databind.JsonNode raw = written.get(i);
            if (!raw.isObject() || raw.has("$ref")) {
                continue;
            }
            String name = raw.path("name").asText("");
            String in = raw.path("in").asText("");
            for (Parameter parameter : parameters) {
                if (parameter != null && name.equals(parameter.getName()) && in.equals(parameter.getIn())) {
                    parameter(parameter, pointer + "/" + i, owner + "Parameter" + JavaNames.className(name));
                    break;
                }
            }
        }
    }

    private void parameter(Parameter parameter, String pointer, String name) {
        if (parameter == null || parameter.get$ref() != null || !written(pointer)) {
            return;
        }
        schema(parameter.getSchema(), pointer + "/schema", name);
        content(parameter.getContent(), pointer + "/content", name);
    }

    private void requestBody(RequestBody body, String pointer, String name) {
        if (body != null && body.get$ref() == null && written(pointer)) {
            content(body.getContent(), pointer + "/content", name);
        }
    }

    private void response(ApiResponse response, String pointer, String name) {
        if (response == null || response.get$ref() != null || !written(pointer)) {
            return;
        }
        content(response.getContent(), pointer + "/content", name);
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((headerName, header) -> header(header,
                    pointer + "/headers/" + escape(headerName), name + "Header" + JavaNames.className(headerName)));
        }
    }

    private void header(Header header, String pointer, String name) {
        if (header == null || header.get$ref() != null || !written(pointer)) {
            return;
        }
        schema(header.getSchema(), pointer + "/schema", name);
        content(header.getContent(), pointer + "/content", name);
    }

    private void content(Content content, String pointer, String name) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            MediaType media = entry.getValue();
            if (media == null || media.getSchema() == null) {
                continue;
            }
            String at = pointer + "/" + escape(entry.getKey()) + "/schema";
            if (isJson(entry.getKey())) {
                schema(media.getSchema(), at, name);
            } else if (media.getSchema().get$ref() == null && written(at)) {
                skipped.put(new Site(media.getSchema(), at, name), entry.getKey());
            }
        }
    }

    /** {@code application/json}, {@code application/*+json}, {@code text/json} and {@code *}{@code /*}. */
    static boolean isJson(String mediaType) {
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json") || type.equals("text/json")
                || type.equals("*/*") || type.equals("application/*");
    }

    private void schema(Schema<?> schema, String pointer, String name) {
        if (schema != null && schema.get$ref() == null && written(pointer)) {
            sites.add(new Site(schema, pointer, name));
        }
    }

    /** Whether the document has an object at this place that is not a {@code $ref}. */
    private boolean written(String pointer) {
        com.fasterxml.jackson.databind.JsonNode node = source.at(pointer);
        return node.isObject() && !node.has("$ref");
    }

    private static String escape(String token) {
        return SchemaShapes.escape(token);
    }
}
