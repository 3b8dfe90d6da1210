package gov.supervision.app.bulletin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of the PDF bulletin: Noto Sans SC (SIL Open Font License 1.1, {@code fonts/OFL.txt}), regular and bold,
 * TrueType outlines, cut down to GB 2312, the usual punctuation and every character of the shipped bulletin and
 * unit directory ({@code tools/fonts/subset-noto-sans-sc.sh} makes it; {@code fonts/README.md} says how and why).
 * PDFBox embeds only the glyphs a document uses. Each file is read once and kept.
 */
public enum BulletinFont {
    REGULAR("fonts/NotoSansSC-Regular.subset.ttf", 400),
    BOLD("fonts/NotoSansSC-Bold.subset.ttf", 700);

    /** The family name the template's CSS asks for. */
    public static final String FAMILY = "Noto Sans SC";

    private final String resource;
    private final int weight;
    private volatile byte[] bytes;

    BulletinFont(String resource, int weight) {
        this.resource = resource;
        this.weight = weight;
    }

    /** The font file's class-path resource. */
    public String resource() {
        return resource;
    }

    /** Its CSS font weight. */
    public int weight() {
        return weight;
    }

    /** The font file, read from the class path on first use. */
    public InputStream open() {
        byte[] file = bytes;
        if (file == null) {
            synchronized (this) {
                file = bytes;
                if (file == null) {
                    bytes = file = read();
                }
            }
        }
        return new ByteArrayInputStream(file);
    }

    private byte[] read() {
        try (InputStream in = BulletinFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }
}
