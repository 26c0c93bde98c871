package org.cstoquiz.app.testdb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class against a new database on the PostgreSQL server of {@link Postgres}. Without
 * a server the class is skipped with the reason printed; under {@code CI=true} it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresRequired.class)
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
public @interface OnPostgres {
}
