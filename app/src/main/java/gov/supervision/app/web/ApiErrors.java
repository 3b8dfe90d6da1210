package gov.supervision.app.web;

import gov.supervision.app.plan.parsing.BulletinFormatException;
import gov.supervision.app.plan.parsing.StrictImportRefused;
import gov.supervision.command.task.api.InvalidText;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.process.Rejections;
import gov.supervision.process.forms.InvalidFormInput;
import gov.supervision.process.guard.NoSuchWorkItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error of the REST API as an RFC 7807 problem whose {@code detail} says precisely what was wrong (field and
 * reason, or the rule the command broke) and names it ({@code field}, {@code rule}, {@code line}). A rejected
 * request changed nothing: its transaction rolled back. A failure nobody foresaw is answered 500 with an incident
 * id, the log holding the rest; never SQL, a payload or a class name.
 */
@RestControllerAdvice(basePackages = "gov.supervision.app")
class ApiErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, detail);
        e.getBindingResult().getFieldErrors().stream().map(error -> error.getField()).sorted().findFirst()
                .ifPresent(field -> problem.setProperty("field", field));
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getAllValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName() + ": " + result.getResolvableErrors()
                        .stream().map(error -> error.getDefaultMessage()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        JsonProblems.Described described = JsonProblems.describe(e);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, described.detail());
        if (described.field() != null) {
            problem.setProperty("field", described.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "one of " + Arrays.toString(type.getEnumConstants())
                : type == Integer.class || type == int.class
                ? "a whole number between %d and %d".formatted(Integer.MIN_VALUE, Integer.MAX_VALUE)
                : type == Boolean.class || type == boolean.class ? "true or false" : "another kind of value";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "%s: expected %s, got %s".formatted(e.getName(),
                expected, e.getValue()));
        problem.setProperty("field", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getParameterName() + ": is required");
        problem.setProperty("field", e.getParameterName());
        return problem;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allowed)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "%s is not answered here; this resource takes %s"
                        .formatted(e.getMethod(), allowed)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail wrongContentType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a body of type %s is not taken here; send %s".formatted(
                e.getContentType() == null ? "(none)" : e.getContentType().getType() + "/"
                        + e.getContentType().getSubtype(),
                e.getSupportedMediaTypes().stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct()
                        .collect(Collectors.joining(" or "))));
    }

    @ExceptionHandler(InvalidMediaTypeException.class)
    ProblemDetail unreadableContentType(InvalidMediaTypeException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the Content-Type is no media type a body can have; "
                + "send application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_ACCEPTABLE, "this resource answers %s only".formatted(
                        e.getSupportedMediaTypes().stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct()
                                .collect(Collectors.joining(", ")))));
    }

    /** The client went away while being answered: nothing to answer, and no incident. */
    @ExceptionHandler({AsyncRequestNotUsableException.class, ClientAbortException.class})
    void clientGone() {
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(BulletinFormatException.class)
    ProblemDetail unparsable(BulletinFormatException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("line", e.line());
        return problem;
    }

    /** 422: the text is readable, but a strict import takes no warning; each is listed with its line and fix. */
    @ExceptionHandler(StrictImportRefused.class)
    ProblemDetail strictRefused(StrictImportRefused e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("line", e.doubts().get(0).line());
        problem.setProperty("warnings", e.doubts().stream().map(d -> {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("line", d.line());
            w.put("message", d.message());
            w.put("fix", d.fix());
            return w;
        }).toList());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail noSuchTask(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "no task with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /**
     * Camunda and Axon wrap the rejection of a command sent from a process step; unwrap it. Anything else is an
     * incident.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail rejected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse refusedBySpring) {
            // what Spring itself refuses (a path nobody answers, a missing header, …): its status, our words
            int status = refusedBySpring.getStatusCode().value();
            HttpStatus known = HttpStatus.resolve(status);
            return Problems.of(status, known == HttpStatus.NOT_FOUND ? "no such resource"
                    : known == null ? "the request was refused" : known.getReasonPhrase().toLowerCase());
        }
        var text = Rejections.find(e, InvalidText.class);
        if (text.isPresent()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, text.get().getMessage());
            problem.setProperty("field", text.get().field());
            problem.setProperty("rule", text.get().rule().name());
            return problem;
        }
        var invalidInput = Rejections.find(e, InvalidFormInput.class);
        if (invalidInput.isPresent()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, invalidInput.get().getMessage());
            problem.setProperty("field", invalidInput.get().field());
            return problem;
        }
        var noSuchItem = Rejections.find(e, NoSuchWorkItem.class);
        if (noSuchItem.isPresent()) {
            return Problems.of(HttpStatus.NOT_FOUND, noSuchItem.get().getMessage());
        }
        var unauthorized = Rejections.find(e, AuthorizationException.class);
        if (unauthorized.isPresent()) {
            return Problems.of(HttpStatus.FORBIDDEN, unauthorized.get().getMessage());
        }
        var violation = Rejections.find(e, RuleViolation.class);
        if (violation.isPresent()) {
            ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, violation.get().getMessage());
            problem.setProperty("rule", violation.get().rule().name());
            return problem;
        }
        var database = DatabaseTrouble.of(e);
        if (database.isPresent()) {
            return database.get().answer(response);
        }
        return Problems.incident(e, request.getMethod() + " " + request.getRequestURI());
    }
}
