package org.cstoquiz.app.classes;

import org.cstoquiz.app.testdb.OnPostgres;

@OnPostgres
class ClassPaperServiceOnPostgresTest extends ClassPaperServiceTest {
}
