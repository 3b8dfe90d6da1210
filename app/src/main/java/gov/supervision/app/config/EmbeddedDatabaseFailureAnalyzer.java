package gov.supervision.app.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The engine's start fails on the embedded default with what is wrong and what to do (Spring Boot's "APPLICATION
 * FAILED TO START" report), not with a stack of the beans that needed the database.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailable cause) {
        return new FailureAnalysis(cause.problem() + ".", capitalized(cause.remedy()) + ".", cause);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
