package gov.supervision.app.plan.web;

import gov.supervision.app.plan.ImportReport;
import gov.supervision.app.plan.PlanImport;
import gov.supervision.app.plan.parsing.BulletinParser;
import gov.supervision.app.plan.parsing.ParsedBulletin;
import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.plan.parsing.PlanJson;
import gov.supervision.app.plan.parsing.StrictImportRefused;
import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.app.web.NotFound;
import gov.supervision.command.plan.api.PlanChanges;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Importing plans from a bulletin's text: upload it for a preview (the plans as parsed, in the same JSON as the
 * command line's {@code import --dry-run --json}, and what importing them would change), then confirm the import.
 */
@RestController
@RequestMapping("/api/plan-imports")
class PlanImportController {

    private final UnitDirectory units;
    private final PlanImport imports;
    private final ObjectMapper json;

    PlanImportController(UnitDirectory units, PlanImport imports, ObjectMapper json) {
        this.units = units;
        this.imports = imports;
        this.json = json;
    }

    /** The plans the text holds and what importing them would change; changes nothing. */
    @PostMapping(path = "/preview", consumes = MediaType.TEXT_PLAIN_VALUE)
    ObjectNode preview(@RequestBody byte[] body, @RequestParam(required = false) String plan,
                       @RequestParam(defaultValue = "false") boolean strict) {
        ParsedBulletin bulletin = parse(utf8(body), plan, strict);
        ObjectNode answer = read(PlanJson.write(bulletin, units));
        Map<String, ImportReport> changes = new LinkedHashMap<>();
        importable(bulletin).forEach(p -> changes.put(p.number(), ImportReport.of(imports.preview(p), false)));
        answer.set("changes", json.valueToTree(changes));
        return answer;
    }

    /** Imports the plans the text holds (or the one named), each whole or not at all; answers what changed. */
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    Map<String, Object> confirm(@RequestBody byte[] body,
                                                   @RequestParam(required = false) String plan,
                                                   @RequestParam(defaultValue = "false") boolean strict) {
        String text = utf8(body);
        ParsedBulletin bulletin = parse(text, plan, strict);
        Map<String, ImportReport> changes = new LinkedHashMap<>();
        for (ParsedPlan p : importable(bulletin)) {
            changes.put(p.number(), ImportReport.of(imports.apply(p, PlanImport.digest(text), CurrentUser.get().actor(),
                    PlanImport.Progress.NONE), true));
        }
        // the report says which documents were not imported and why (not a plan, unreadable)
        return Map.of("imports", changes, "documents", read(PlanJson.write(bulletin, units)).get("documents"));
    }

    /** The body as UTF-8, refused where it is not (rather than read with replacement characters). */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequest("body", "the bulletin's text is not UTF-8");
        }
    }

    private ParsedBulletin parse(String text, String plan, boolean strict) {
        ParsedBulletin bulletin = new BulletinParser(units).parse(text);
        StrictImportRefused.check(bulletin, strict);
        if (plan == null || plan.isBlank()) {
            return bulletin;
        }
        bulletin.requireReadable(plan.strip());
        ParsedPlan chosen = bulletin.plan(plan.strip()).orElseThrow(() -> new NotFound("no plan %s in the text; it has %s"
                .formatted(plan, bulletin.plans().stream().map(ParsedPlan::number).toList())));
        return bulletin.choosing(List.of(chosen));
    }

    private static List<ParsedPlan> importable(ParsedBulletin bulletin) {
        return bulletin.plans().stream().filter(p -> !p.tasks().isEmpty()).toList();
    }


    private ObjectNode read(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
