package org.cstoquiz.app;

import org.cstoquiz.app.testdb.OnPostgres;

/** The same writes after the pool retired every connection, on PostgreSQL. */
@OnPostgres
class RetiredConnectionsOnPostgresTest extends RetiredConnectionsTest {
}
