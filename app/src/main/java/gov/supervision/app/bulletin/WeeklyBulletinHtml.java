package gov.supervision.app.bulletin;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bulletin as well-formed XHTML, from the template {@code bulletin/weekly-bulletin.html}. Thymeleaf runs in XML
 * mode on an engine of its own: the bulletin is a document rendered to text (for the browser, the PDF and the
 * command line), not a Spring MVC view, so no view resolver or web auto-configuration is involved.
 */
@Component
public class WeeklyBulletinHtml {

    static final String TEMPLATE = "bulletin/weekly-bulletin.html";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public WeeklyBulletinHtml() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(getClass().getClassLoader());
        templates.setTemplateMode(TemplateMode.XML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
        // SpEL, compiled where it can be
        engine.setEnableSpringELCompiler(true);
    }

    public String render(WeeklyBulletin bulletin) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("b", bulletin);
        context.setVariable("text", new BulletinText(bulletin.zone(), bulletin.firstDay().getYear()));
        return engine.process(TEMPLATE, context);
    }
}
