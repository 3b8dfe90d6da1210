package gov.supervision.app.web;

import gov.supervision.command.task.api.TextRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bounds what any request may bring, at every door, before anything reads it: a body of at most
 * {@code supervision.limits.api-body} for our API (2 MB) and {@code supervision.limits.body} elsewhere (10 MB:
 * Camunda's deployments), answered 413 beyond; a query string of percent-encoded UTF-8 whose parameter names and
 * values hold no control character (NUL among them) and no half of a surrogate pair, each value at most 2,000
 * characters, answered 400 naming the parameter otherwise; a Content-Type that names one media type (415 otherwise).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLimits extends OncePerRequestFilter {

    static final int MAX_PARAMETER = 2_000;

    private final long apiBody;
    private final long body;

    RequestLimits(@Value("${supervision.limits.api-body:2MB}") DataSize apiBody,
                  @Value("${supervision.limits.body:10MB}") DataSize body) {
        this.apiBody = apiBody.toBytes();
        this.body = body.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail refused = queryProblem(request.getQueryString());
        if (refused != null) {
            Problems.write(response, refused);
            return;
        }
        if (!concrete(request.getContentType())) {
            Problems.write(response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "the Content-Type is no media type a body can have (such as application/json)"));
            return;
        }
        long limit = request.getRequestURI().startsWith("/api/") ? apiBody : body;
        long length = request.getContentLengthLong();
        if (length > limit) {
            // and close: reading the rest only to throw it away would let the sender hold the connection
            response.setHeader("Connection", "close");
            Problems.write(response, tooLarge(limit));
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            // chunked: read it here, up to the limit, so the answer beyond is 413 whoever would read it
            byte[] read = readAtMost(request.getInputStream(), limit + 1);
            if (read.length > limit) {
                Problems.write(response, tooLarge(limit));
                return;
            }
            chain.doFilter(new ReadBody(request, read), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** No Content-Type, or one naming a single media type (not a wildcard, not malformed). */
    private static boolean concrete(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    private static ProblemDetail tooLarge(long limit) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "the body is larger than the %d bytes taken here"
                .formatted(limit));
    }

    /** What is wrong with the query string, or null. */
    static ProblemDetail queryProblem(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            String label = name == null || TextRules.problem(name) != null ? "a parameter's name" : name;
            if (name == null || value == null) {
                return parameterProblem(label, "is not percent-encoded UTF-8");
            }
            String problem = TextRules.problem(name);
            if (problem == null) {
                problem = TextRules.problem(value);
            }
            if (problem != null) {
                return parameterProblem(label, problem);
            }
            if (value.length() > MAX_PARAMETER) {
                return parameterProblem(label, "is %d characters long; at most %d are taken".formatted(value.length(),
                        MAX_PARAMETER));
            }
        }
        return null;
    }

    private static ProblemDetail parameterProblem(String name, String problem) {
        ProblemDetail detail = Problems.of(HttpStatus.BAD_REQUEST, name + ": " + problem);
        detail.setProperty("field", name);
        return detail;
    }

    /** application/x-www-form-urlencoded decoding, refusing what is not UTF-8; null when it is not. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return text.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (read.size() < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - read.size()))) > 0) {
            read.write(buffer, 0, n);
        }
        return read.toByteArray();
    }

    /** A request whose body was read already, served from memory (each read starts again at its beginning). */
    public static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        public ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
