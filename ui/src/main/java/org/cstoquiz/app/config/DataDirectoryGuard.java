package org.cstoquiz.app.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the data directory to an absolute path (H2 refuses relative file URLs) and proves it is
 * usable before anything else starts. When the application runs from its main method, an unusable
 * directory stops it with one line on standard error instead of a stack trace from the database pool.
 */
public final class DataDirectoryGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static volatile boolean exitOnFailure;

    /** Called by the main method only: tests get an exception instead of a halted JVM. */
    public static void exitOnFailure() {
        exitOnFailure = true;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        String configured = environment.getProperty(DataDirectory.PROPERTY);
        if (configured == null || configured.isBlank()) {
            return;
        }
        try {
            Path prepared = DataDirectory.prepare(Path.of(configured));
            environment.getPropertySources().addFirst(new MapPropertySource(
                    "csto-quiz-data-dir", Map.of(DataDirectory.PROPERTY, prepared.toString())));
        } catch (DataDirectory.UnusableDataDirectoryException e) {
            if (exitOnFailure) {
                System.err.println(e.getMessage());
                System.exit(1);
            }
            throw e;
        }
    }
}
