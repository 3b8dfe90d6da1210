package gov.supervision.process;

import java.util.Optional;

/** Finds the rejection behind whatever Camunda (listener and delegate invocation) or Axon wrapped it in. */
public final class Rejections {

    private Rejections() {
    }

    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
