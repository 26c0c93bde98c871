package org.cstoquiz.app.review;

import org.cstoquiz.app.testdb.OnPostgres;

@OnPostgres
class ReviewServiceOnPostgresTest extends ReviewServiceTest {
}
