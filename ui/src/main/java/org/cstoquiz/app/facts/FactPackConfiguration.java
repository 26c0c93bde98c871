package org.cstoquiz.app.facts;

import java.nio.file.Path;
import java.util.Optional;
import org.cstoquiz.content.Packs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the built-in fact pack and the extra packs from {@code csto-quiz.packs-dir} (each
 * sub-directory holding a {@code pack.yaml} is a pack). An invalid pack stops the start-up with the
 * list of its problems (see {@link PackValidationFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
class FactPackConfiguration {

    @Bean
    FactCatalog factCatalog(@Value("${csto-quiz.packs-dir:}") String packsDir) {
        Optional<Path> extra = packsDir.isBlank() ? Optional.empty() : Optional.of(Path.of(packsDir).toAbsolutePath());
        return new FactCatalog(Packs.loadAll(extra));
    }
}
