package org.cstoquiz.app.testdb;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points an application context at a new, empty PostgreSQL database. */
public final class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("fresh-postgres-database", new HashMap<>(Postgres.newDatabase())));
    }
}
