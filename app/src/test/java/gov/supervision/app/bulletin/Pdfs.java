package gov.supervision.app.bulletin;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A rendered PDF read back with PDFBox. */
record Pdfs(int pages, String text, List<PDFont> fonts, float width, float height, String xmp) {

    static Pdfs read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            // every font object in the file, not only those a page names
            for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
                if (object.getObject() instanceof COSDictionary font
                        && !COSName.CID_FONT_TYPE2.equals(font.getCOSName(COSName.SUBTYPE))
                        && !COSName.CID_FONT_TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
                    fonts.add(PDFontFactory.createFont(font));
                }
            }
            var box = document.getPage(0).getMediaBox();
            var metadata = document.getDocumentCatalog().getMetadata();
            String xmp = metadata == null ? "" : new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            return new Pdfs(document.getNumberOfPages(), new PDFTextStripper().getText(document), fonts,
                    box.getWidth(), box.getHeight(), xmp);
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF PDFBox can read", e);
        }
    }

    /** The text with every space and line break removed: table cells wrap where the layout decides. */
    String compactText() {
        return compact(text);
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    static boolean embedded(PDFont font) {
        return font instanceof PDType0Font type0 ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
    }
}
