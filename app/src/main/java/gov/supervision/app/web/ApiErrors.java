package gov.supervision.app.web;

import gov.supervision.app.plan.parsing.BulletinFormatException;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.process.Rejections;
import gov.supervision.process.forms.InvalidFormInput;
import gov.supervision.process.identity.StepNotAllowed;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every error of the REST API as an RFC 7807 problem whose {@code detail} says precisely what was wrong (field and
 * reason, or the rule the command broke). A rejected request changed nothing: its transaction rolled back.
 */
@RestControllerAdvice(basePackages = "gov.supervision.app")
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "the request body is not the JSON expected: "
                + e.getMostSpecificCause().getMessage().lines().findFirst().orElse(""));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "one of " + Arrays.toString(type.getEnumConstants())
                : "a value of type " + (type == null ? "?" : type.getSimpleName());
        return problem(HttpStatus.BAD_REQUEST, "%s: expected %s, got %s".formatted(e.getName(), expected,
                e.getValue()));
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(BulletinFormatException.class)
    ProblemDetail unparsable(BulletinFormatException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("line", e.line());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail noSuchTask(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "no task with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail notAuthorized(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** Camunda and Axon wrap the rejection of a command sent from a process step; unwrap it. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail rejected(RuntimeException e) {
        var violation = Rejections.find(e, RuleViolation.class);
        if (violation.isPresent()) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, violation.get().getMessage());
            problem.setProperty("rule", violation.get().rule().name());
            return problem;
        }
        var notAllowed = Rejections.find(e, StepNotAllowed.class);
        if (notAllowed.isPresent()) {
            return problem(HttpStatus.FORBIDDEN, notAllowed.get().getMessage());
        }
        var unauthorized = Rejections.find(e, AuthorizationException.class);
        if (unauthorized.isPresent()) {
            return problem(HttpStatus.FORBIDDEN, unauthorized.get().getMessage());
        }
        var invalidInput = Rejections.find(e, InvalidFormInput.class);
        if (invalidInput.isPresent()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, invalidInput.get().getMessage());
            problem.setProperty("field", invalidInput.get().field());
            return problem;
        }
        var invalidField = Rejections.find(e, FormFieldValidatorException.class);
        if (invalidField.isPresent()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, invalidField.get().getMessage());
            problem.setProperty("field", invalidField.get().getId());
            return problem;
        }
        LOG.error("Request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "the request failed: " + e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
