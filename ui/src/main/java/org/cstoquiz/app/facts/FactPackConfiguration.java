package org.cstoquiz.app.facts;

import java.nio.file.Path;
import java.util.Optional;
import org.cstoquiz.app.branding.AppName;
import org.cstoquiz.content.Packs;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the built-in fact pack and the extra packs from {@code csto-quiz.packs-dir} (each
 * sub-directory holding a {@code pack.yaml} is a pack). An invalid pack stops the start-up with the
 * list of its problems (see {@link PackValidationFailureAnalyzer}), before the database is opened:
 * the data source waits for the packs, so a failed start creates and migrates no database.
 */
@Configuration(proxyBeanMethods = false)
class FactPackConfiguration {

    static final String CATALOG = "factCatalog";

    @Bean
    static BeanFactoryPostProcessor packsBeforeTheDatabase() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                BeanDefinition dataSource = beanFactory.getBeanDefinition(name);
                String[] before = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
                String[] after = java.util.Arrays.copyOf(before, before.length + 1);
                after[before.length] = CATALOG;
                dataSource.setDependsOn(after);
            }
        };
    }

    @Bean(CATALOG)
    FactCatalog factCatalog(@Value("${csto-quiz.packs-dir:}") String packsDir) {
        Optional<Path> extra = packsDir.isBlank() ? Optional.empty() : Optional.of(Path.of(packsDir).toAbsolutePath());
        return new FactCatalog(Packs.loadAll(extra));
    }

    @Bean
    AppName appName(FactCatalog factCatalog) {
        return new AppName(factCatalog.packs());
    }
}
