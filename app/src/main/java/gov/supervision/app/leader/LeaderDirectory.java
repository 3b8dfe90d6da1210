package gov.supervision.app.leader;

import org.springframework.core.io.Resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lead leaders the demo users are made for: a login id and the name as the plans write it. Data, a file. */
public final class LeaderDirectory {

    public record Leader(String id, String name) {
    }

    private final List<Leader> leaders;

    private LeaderDirectory(List<Leader> leaders) {
        this.leaders = List.copyOf(leaders);
    }

    public static LeaderDirectory read(Resource csv) {
        List<Leader> leaders = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 2 || !fields[0].strip().matches("[a-z0-9]+") || fields[1].isBlank()) {
                    throw new IllegalArgumentException("%s line %d: expected id,name with a lower-case ASCII id, was %s"
                            .formatted(csv.getDescription(), number, line));
                }
                leaders.add(new Leader(fields[0].strip(), fields[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LeaderDirectory(leaders);
    }

    public List<Leader> leaders() {
        return leaders;
    }

    /** The name the plans write for the leader whose login this is. */
    public java.util.Optional<String> nameOf(String userId) {
        return leaders.stream().filter(l -> l.id().equals(userId)).map(Leader::name).findFirst();
    }
}
