package gov.supervision.app.unit;

import gov.supervision.command.task.api.Unit;
import org.springframework.core.io.Resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical units a plan may name, read from a CSV file ({@code id,name,aliases,members}). A name is looked
 * up as written or by any alias, ignoring spaces and full-/half-width parentheses.
 */
public final class UnitDirectory {

    /** One unit of the directory. Members make it a group that stands for several units. */
    public record Entry(String id, String name, List<String> aliases, List<String> memberIds) {

        public Unit asUnit() {
            return new Unit(id, name);
        }
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Entry> byName = new LinkedHashMap<>();

    private UnitDirectory() {
    }

    public static UnitDirectory read(Resource csv) {
        UnitDirectory directory = new UnitDirectory();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                directory.add(parse(line, number, csv.getDescription()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the unit directory " + csv.getDescription(), e);
        }
        return directory;
    }

    private static Entry parse(String line, int number, String source) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4 || fields[0].isBlank() || fields[1].isBlank()) {
            throw new IllegalArgumentException("%s line %d: expected id,name,aliases,members but found: %s"
                    .formatted(source, number, line));
        }
        String id = fields[0].strip();
        if (!id.matches("[a-zA-Z0-9]+")) {
            throw new IllegalArgumentException("%s line %d: the id %s must be ASCII letters and digits only"
                    .formatted(source, number, id));
        }
        return new Entry(id, fields[1].strip(), split(fields[2]), split(fields[3]));
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : List.of(field.strip().split("\\|"));
    }

    private void add(Entry entry) {
        if (byId.putIfAbsent(entry.id(), entry) != null) {
            throw new IllegalArgumentException("the unit id " + entry.id() + " is listed twice");
        }
        byName.put(key(entry.name()), entry);
        entry.aliases().forEach(alias -> byName.put(key(alias), entry));
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /**
     * The unit a plan names: the directory's entry, or a new unit whose id is derived from its name (it can
     * still be looked up, acknowledged and reported for; a later import warns about it).
     */
    public Unit resolve(String name) {
        return find(name).map(Entry::asUnit).orElseGet(() -> new Unit(derivedId(name), name.strip()));
    }

    public Collection<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** The units that are not groups of other units. */
    public List<Entry> singleUnits() {
        return byId.values().stream().filter(e -> e.memberIds().isEmpty()).toList();
    }

    static String key(String name) {
        return name.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }

    private static String derivedId(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key(name).getBytes(StandardCharsets.UTF_8));
            return "u" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
