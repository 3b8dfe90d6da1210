package gov.supervision.app.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says what was wrong with a JSON body in the request's own terms: the field's path and what it takes, or where the
 * JSON broke; never Jackson's message, which names Java types and echoes the payload.
 */
final class JsonProblems {

    /** @param field the field's path in the body ({@code evidence[2]}), or null where the body as a whole is wrong */
    record Described(String field, String detail) {
    }

    private JsonProblems() {
    }

    static Described describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StrictJson.RefusedValue refused) {
            return field(refused, refused.getOriginalMessage());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : "; its properties are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return field(unknown, "is not a property of this request" + known);
        }
        if (cause instanceof InvalidNullException nullValue) {
            return field(nullValue, "must not be null");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return field(mismatch, "expected " + expected(mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            return field(mapping, "is out of range for " + expected(((InputCoercionException) mapping.getCause())
                    .getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return field(mapping, "is not a value this field takes");
        }
        if (cause instanceof JsonEOFException) {
            return new Described(null, "the body ends before its JSON does");
        }
        if (cause instanceof JsonParseException || cause instanceof StreamReadException) {
            JsonLocation where = ((StreamReadException) cause).getLocation();
            return new Described(null, where == null ? "the body is not valid JSON"
                    : "the body is not valid JSON at line %d, column %d".formatted(where.getLineNr(),
                    where.getColumnNr()));
        }
        return new Described(null, "the request needs a body (JSON, or text where the resource says so)");
    }

    private static Described field(JsonMappingException e, String what) {
        String path = path(e);
        return path.isEmpty() ? new Described(null, "the body " + what) : new Described(path, path + ": " + what);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return type == Integer.class || type == int.class
                    ? "a whole number between %d and %d".formatted(Integer.MIN_VALUE, Integer.MAX_VALUE)
                    : "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "a date-time with its offset, such as 2021-03-01T17:00+08:00";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "another kind of value";
    }
}
