package gov.supervision.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every door of the engine as a hostile user knocks on it: our REST API and Camunda's with HTTP basic auth (each
 * demo user's password is its name), the webapps with their login session and CSRF token, and raw bytes where no
 * well-behaved client would send them.
 */
public final class Doors {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status, content type and body. */
    public record Answer(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.nullNode();
            }
        }

        public String detail() {
            return json().path("detail").asText();
        }

        public boolean isProblem() {
            JsonNode problem = json();
            return contentType != null && contentType.startsWith("application/problem+json")
                    && problem.path("status").asInt() == status && problem.hasNonNull("title")
                    && problem.hasNonNull("detail");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body == null ? "" : body.length() > 400
                    ? body.substring(0, 400) + "…" : body);
        }
    }

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Doors(int port) {
        this.port = port;
    }

    public Answer get(String user, String path) {
        return call(user, "GET", path, null, null, Map.of());
    }

    public Answer post(String user, String path, String json) {
        return call(user, "POST", path, "application/json", json, Map.of());
    }

    public Answer call(String user, String method, String path, String contentType, String body, Map<String, String> headers) {
        return call(user, user, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    public Answer call(String user, String password, String method, String path, String contentType, byte[] body,
                Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(http, request.build());
    }

    /** Bytes sent as they are, from the given local address (127.0.0.1 or another of the loopback net). */
    public Answer raw(String localAddress, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            byte[] answer = readAnswer(socket.getInputStream());
            int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String head = new String(answer, 0, end < 0 ? answer.length : end, StandardCharsets.ISO_8859_1);
            byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip()).findFirst().orElse(null);
            return new Answer(Integer.parseInt(head.split(" ")[1]), contentType,
                    new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request line and headers to send as they are, with basic auth for the user. */
    public static byte[] request(String requestLine, String user, String... headers) {
        StringBuilder text = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
        if (user != null) {
            text.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    public static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    public static String param(String name, String value) {
        return query(Map.of(name, value));
    }

    /** A session of Camunda's webapps (Tasklist, Cockpit), signed in as their login page does. */
    public Webapp webapp(String user) {
        return new Webapp(user, "tasklist");
    }

    /** @param user empty for a session nobody signed in to */
    public Webapp webapp(String user, String app) {
        return new Webapp(user, app);
    }

    public final class Webapp {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient session = HttpClient.newBuilder().cookieHandler(cookies).build();
        public final int login;

        private Webapp(String user, String app) {
            send(session, HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build());
            if (user.isEmpty()) {
                login = 0;
                return;
            }
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(user, StandardCharsets.UTF_8);
            login = send(session, withCsrf(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/"
                    + app))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build()).status();
            // as the pages do next: the signed-in session's first read hands out its own CSRF token
            send(session, HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build());
        }

        public Answer call(String method, String path, String json) {
            HttpRequest.Builder request = withCsrf(HttpRequest.newBuilder(uri(path)))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return send(session, request.build());
        }

        private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            return request;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Answer send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer: up to its announced length or its last chunk (the server may keep the connection open). */
    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (complete(out.toByteArray())) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static boolean complete(byte[] answer) {
        int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            return false;
        }
        String head = new String(answer, 0, end, StandardCharsets.ISO_8859_1).toLowerCase();
        int bodyLength = answer.length - end - 4;
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return bodyLength >= Integer.parseInt(line.substring(15).strip());
            }
        }
        if (head.contains("transfer-encoding: chunked")) {
            return new String(answer, end, answer.length - end, StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n");
        }
        return false;
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int line = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (line < 0) {
                return text.toByteArray();
            }
            int size = Integer.parseInt(new String(body, at, line - at, StandardCharsets.ISO_8859_1).strip(), 16);
            if (size == 0) {
                return text.toByteArray();
            }
            text.write(body, line + 2, Math.min(size, body.length - line - 2));
            at = line + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i <= bytes.length - part.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    public static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    public static List<String> lines(String text) {
        return text.lines().toList();
    }
}
