package gov.supervision.app.bulletin.web;

import gov.supervision.app.bulletin.BulletinFormat;
import gov.supervision.app.bulletin.UnknownPlan;
import gov.supervision.app.bulletin.Week;
import gov.supervision.app.bulletin.WeekFormatException;
import gov.supervision.app.bulletin.WeeklyBulletin;
import gov.supervision.app.bulletin.WeeklyBulletinHtml;
import gov.supervision.app.bulletin.WeeklyBulletinPdf;
import gov.supervision.app.bulletin.WeeklyBulletins;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.app.web.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * The weekly supervision bulletin (督查通报) of a plan, as HTML or PDF. Supervisors and auditors read it (the
 * security configuration refuses units).
 */
@RestController
class WeeklyBulletinController {

    private final WeeklyBulletins bulletins;
    private final WeeklyBulletinHtml html;
    private final WeeklyBulletinPdf pdf;

    WeeklyBulletinController(WeeklyBulletins bulletins, WeeklyBulletinHtml html, WeeklyBulletinPdf pdf) {
        this.bulletins = bulletins;
        this.html = html;
        this.pdf = pdf;
    }

    @GetMapping("/api/bulletins/weekly")
    ResponseEntity<byte[]> weekly(@RequestParam(required = false) String plan,
                                  @RequestParam(required = false) String week,
                                  @RequestParam(required = false, defaultValue = "html") String format) {
        if (plan == null || plan.isBlank()) {
            throw new InvalidRequest("plan", "required, a plan's number such as 聊政发〔2021〕1号");
        }
        if (week == null || week.isBlank()) {
            throw new InvalidRequest("week", "required, an ISO week such as 2021-W10");
        }
        Week theWeek;
        try {
            theWeek = Week.parse(week);
        } catch (WeekFormatException e) {
            throw new InvalidRequest("week", e.reason());
        }
        BulletinFormat theFormat;
        try {
            theFormat = BulletinFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("format", e.getMessage());
        }
        WeeklyBulletin bulletin;
        try {
            bulletin = bulletins.assemble(plan.strip(), theWeek);
        } catch (UnknownPlan e) {
            throw new NotFound(e.getMessage());
        }
        byte[] body = theFormat == BulletinFormat.PDF ? pdf.render(bulletin)
                : html.render(bulletin).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(theFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(bulletin, theFormat))
                .body(body);
    }

    /**
     * RFC 6266: an ASCII {@code filename} for old clients, and the Chinese name in {@code filename*} (RFC 5987).
     * The PDF downloads; the HTML shows in the browser.
     */
    static String disposition(WeeklyBulletin bulletin, BulletinFormat format) {
        return "%s; filename=\"weekly-bulletin-%s.%s\"; filename*=UTF-8''%s".formatted(
                format == BulletinFormat.PDF ? "attachment" : "inline", bulletin.week(), format.extension(),
                UriUtils.encode(bulletin.fileName(format), StandardCharsets.UTF_8));
    }
}
