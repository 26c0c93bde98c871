package org.cstoquiz.app.account;

import org.cstoquiz.app.testdb.OnPostgres;

@OnPostgres
class AccountRaceOnPostgresTest extends AccountRaceTest {
}
