package dev.tristate.samples.spring3;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import com.fasterxml.jackson.databind.JsonMappingException;


/**
 * Turns the two ways a request body can be wrong into a 400 {@link ProblemDetail} whose {@code errors} name each
 * property by its JSON path (wire names):
 * <ul>
 * <li>the read fails: Tristate's {@code build()} throws {@code IllegalStateException("X: missing required properties:
 * a, b")}, or a builder method {@code NullPointerException("X: required property 'a' cannot be null")}, and Jackson
 * wraps either in a {@link JsonMappingException} whose path leads to the object (or the property);</li>
 * <li>a constraint fails ({@code @Valid}): {@link MethodArgumentNotValidException}, whose field names are Java
 * names, mapped back to the wire names through the fields' {@code @JsonProperty}.</li>
 * </ul>
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final String MISSING = "missing required properties: ";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        JsonMappingException databind = find(ex, JsonMappingException.class);
        String detail = "The request body could not be read";
        if (databind != null) {
            String path = path(databind.getPath());
            Throwable cause = databind.getCause() != null ? databind.getCause() : databind;
            String message = cause.getMessage() != null ? cause.getMessage() : databind.getOriginalMessage();
            detail = message;
            int missing = message.indexOf(MISSING);
            if (cause instanceof IllegalStateException && missing >= 0) {
                for (String name : message.substring(missing + MISSING.length()).split(",\\s*")) {
                    errors.add(error(join(path, name.strip()), "missing"));
                }
            } else {
                errors.add(error(path, message));
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object target = ex.getBindingResult().getTarget();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(error(wirePath(target == null ? null : target.getClass(), error.getField()),
                    error.getDefaultMessage()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Validation failed");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static Map<String, String> error(String property, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("property", property);
        error.put("message", message);
        return error;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** {@code originOwnerName} on a model becomes {@code origin_owner_name}; nested paths are followed. */
    static String wirePath(Class<?> type, String javaPath) {
        StringBuilder wire = new StringBuilder();
        for (String segment : javaPath.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            String suffix = bracket < 0 ? "" : segment.substring(bracket);
            String wireName = name;
            Class<?> next = null;
            Field field = type == null ? null : field(type, name);
            if (field != null) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null && !property.value().isEmpty()) {
                    wireName = property.value();
                }
                next = innermost(field.getGenericType());
            }
            wire.append(wire.isEmpty() ? "" : ".").append(wireName).append(suffix);
            type = next;
        }
        return wire.toString();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The model type inside {@code JsonNullable<List<Group>>} and the like: the last type argument, innermost. */
    private static Class<?> innermost(Type type) {
        while (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            type = arguments[arguments.length - 1];
        }
        return type instanceof Class<?> c ? c : null;
    }

    private static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
