package gov.supervision.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * The engine's REST API as a client sees it, with the JDK's HttpClient: every call ends in an {@link Answer} that
 * says whether the engine answered (and what), refused the connection (the request never reached it), dropped it
 * after it was sent, or did not answer in time; and when it was sent and answered, on one clock
 * ({@link System#nanoTime()}).
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    enum Outcome {
        /** an HTTP status came back */
        ANSWERED,
        /** no connection could be made: the request never reached the engine */
        REFUSED,
        /** the connection broke after the request was (or may have been) sent: its outcome is unknown */
        DROPPED,
        /** no answer within the request's time bound: its outcome is unknown */
        TIMED_OUT
    }

    record Answer(Outcome outcome, int status, String contentType, String text, long sentAt, long answeredAt,
                  String error) {

        boolean answered() {
            return outcome == Outcome.ANSWERED;
        }

        boolean ok() {
            return answered() && status / 100 == 2;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** Whether the outcome of the request is unknown to its client: a failure answer, or none. */
        boolean unknown() {
            return outcome == Outcome.DROPPED || outcome == Outcome.TIMED_OUT || answered() && status >= 500;
        }

        long latencyMillis() {
            return (answeredAt - sentAt) / 1_000_000;
        }

        JsonNode json() {
            if (text == null || text.isBlank()) {
                return NullNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                return NullNode.getInstance();
            }
        }

        String shortly() {
            String shown = switch (outcome) {
                case ANSWERED -> status + " " + (text == null ? "" : text);
                default -> outcome + " " + error;
            };
            shown = shown.replace('\n', ' ');
            return (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown) + " (" + latencyMillis() + " ms)";
        }
    }

    private final HttpClient client;
    private final URI base;
    private final UnaryOperator<String> passwords;
    private final Duration timeout;

    /**
     * @param passwords each user's password
     * @param timeout   how long a request waits for its answer: longer than anything the engine should take, so
     *                  that a slow answer is measured, not cut short
     */
    Http(int port, UnaryOperator<String> passwords, Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        this.base = URI.create("http://127.0.0.1:" + port);
        this.passwords = passwords;
        this.timeout = timeout;
    }

    Answer get(String user, String path) {
        return get(user, path, timeout);
    }

    Answer get(String user, String path, Duration within) {
        return send(request(user, path, within).GET().build());
    }

    Answer post(String user, String path, String json) {
        return send(post(user, path, json, timeout));
    }

    CompletableFuture<Answer> postAsync(String user, String path, String json) {
        HttpRequest request = post(user, path, json, timeout);
        long sentAt = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, failure) -> answer(sentAt, response, failure));
    }

    private HttpRequest post(String user, String path, String json, Duration within) {
        return request(user, path, within).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private HttpRequest.Builder request(String user, String path, Duration within) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(within)
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + passwords.apply(user)).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        long sentAt = System.nanoTime();
        try {
            return answer(sentAt, client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                    null);
        } catch (IOException e) {
            return answer(sentAt, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answer(sentAt, null, e);
        }
    }

    private static Answer answer(long sentAt, HttpResponse<String> response, Throwable failure) {
        long answeredAt = System.nanoTime();
        if (response != null) {
            return new Answer(Outcome.ANSWERED, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body(), sentAt, answeredAt,
                    null);
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        Outcome outcome = Outcome.DROPPED;
        if (cause instanceof HttpConnectTimeoutException || causedBy(cause, ConnectException.class)) {
            outcome = Outcome.REFUSED;
        } else if (cause instanceof HttpTimeoutException) {
            outcome = Outcome.TIMED_OUT;
        }
        return new Answer(outcome, 0, null, null, sentAt, answeredAt, String.valueOf(cause));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
