package gov.supervision.app.bulletin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms the bulletin is published in. */
public enum BulletinFormat {
    /** well-formed XHTML, UTF-8 */
    HTML("html", "text/html; charset=UTF-8"),
    /** A4, with its font embedded */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    BulletinFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code html} or {@code pdf}, in any case. */
    public static BulletinFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("expected %s, was \"%s\"".formatted(
                        Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(" or ")), text)));
    }
}
