package gov.supervision.app.bulletin;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Component;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * The bulletin as an A4 PDF, laid out by openhtmltopdf (PDFBox) from the same XHTML the browser gets. It is written
 * as PDF/A-2u, the archival form a published document should take: every font is embedded (only the glyphs used),
 * and text extracts as Unicode. PDF/A also keeps openhtmltopdf from falling back to PDF's standard fonts, which are
 * never embedded: a character the bulletin's font lacks is drawn as "#" in it, never in another font.
 */
@Component
public class WeeklyBulletinPdf {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every stage of every document at INFO on its own; keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final WeeklyBulletinHtml html;

    public WeeklyBulletinPdf(WeeklyBulletinHtml html) {
        this.html = html;
    }

    public byte[] render(WeeklyBulletin bulletin) {
        return render(html.render(bulletin));
    }

    /** @param xhtml well-formed XHTML, such as {@link WeeklyBulletinHtml} writes */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        for (BulletinFont font : BulletinFont.values()) {
            builder.useFont(font::open, BulletinFont.FAMILY, font.weight(), FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the bulletin could not be laid out as PDF", e);
        }
        return pdf.toByteArray();
    }
}
