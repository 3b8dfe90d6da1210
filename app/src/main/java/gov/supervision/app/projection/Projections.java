package gov.supervision.app.projection;

import gov.supervision.query.projection.api.Projection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every projection the engine can rebuild: the {@link Projection} beans the modules declare, one per projection,
 * wherever they sit (beside their projection class in the query side, or in the app's feature of the same name).
 * One bean per projection rather than one list in the app's configuration, so that adding a projection touches only
 * its own feature; rebuild, checksums, their REST and CLI forms and the rebuild test then cover it.
 */
@Component
public class Projections {

    private final Map<String, Projection> byName = new LinkedHashMap<>();

    Projections(ObjectProvider<Projection> declared) {
        declared.stream().sorted(Comparator.comparing(Projection::name)).forEach(projection -> {
            if (byName.putIfAbsent(projection.name(), projection) != null) {
                throw new IllegalStateException("projection " + projection.name() + " is declared twice");
            }
        });
    }

    /** In the order of their names. */
    public List<Projection> all() {
        return List.copyOf(byName.values());
    }

    public Optional<Projection> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
