package org.cstoquiz.app.curation;

import org.cstoquiz.app.testdb.OnPostgres;

@OnPostgres
class CurationServiceOnPostgresTest extends CurationServiceTest {
}
