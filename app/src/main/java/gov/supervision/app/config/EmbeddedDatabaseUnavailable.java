package gov.supervision.app.config;

/**
 * The embedded default cannot start for a reason the user can act on: what is wrong, and what to do. Its message is
 * the whole story (commands print it as it is); {@link EmbeddedDatabaseFailureAnalyzer} reports the engine's start
 * with it instead of Spring's chain of beans. It carries no cause, so that it is the innermost one.
 */
public abstract class EmbeddedDatabaseUnavailable extends IllegalStateException {

    private final String problem;
    private final String remedy;

    EmbeddedDatabaseUnavailable(String problem, String remedy) {
        super(problem + ": " + remedy);
        this.problem = problem;
        this.remedy = remedy;
    }

    public String problem() {
        return problem;
    }

    public String remedy() {
        return remedy;
    }
}
