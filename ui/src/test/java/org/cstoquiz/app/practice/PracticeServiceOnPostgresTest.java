package org.cstoquiz.app.practice;

import org.cstoquiz.app.testdb.OnPostgres;

@OnPostgres
class PracticeServiceOnPostgresTest extends PracticeServiceTest {
}
