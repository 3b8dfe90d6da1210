package gov.supervision.app.bulletin;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The bulletin's XHTML read back by an XML parser: if it parses, it is well-formed. */
final class Xhtml {

    private final Document document;

    private Xhtml(Document document) {
        this.document = document;
    }

    static Xhtml parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return new Xhtml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text of the first node the XPath selects, whitespace collapsed; empty if none. */
    String text(String xpath) {
        List<String> texts = texts(xpath);
        return texts.isEmpty() ? "" : texts.get(0);
    }

    /** The texts of every node the XPath selects, whitespace collapsed. */
    List<String> texts(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(xpath, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                texts.add(node.getTextContent().strip().replaceAll("\\s+", " "));
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The cells of each table row the XPath selects. */
    List<List<String>> rows(String rowsXpath) {
        int count = texts(rowsXpath).size();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(texts("(" + rowsXpath + ")[" + i + "]/td"));
        }
        return rows;
    }
}
