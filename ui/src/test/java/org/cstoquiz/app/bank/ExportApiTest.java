package org.cstoquiz.app.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/export over real HTTP, with real accounts, and the packs written from the guide beside the built-in one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "csto-quiz.packs-dir=../content/src/test/resources/extra-packs")
@ActiveProfiles("test")
@WithMockUser(username = "api-test-setup", roles = "INSTRUCTOR") // for the role changes made in setting up
class ExportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void accounts() {
        if (accounts.findByUsername("teacher").isEmpty()) {
            accounts.register(new RegistrationRequest("teacher", "chalk and blackboard", "chalk and blackboard"));
            accounts.register(new RegistrationRequest("pupil", "satchel of books", "satchel of books"));
        }
        // other tests on the same database may have registered its first account (the instructor) already
        accounts.changeRole(accounts.findByUsername("teacher").orElseThrow().id(), Role.INSTRUCTOR);
        accounts.changeRole(accounts.findByUsername("pupil").orElseThrow().id(), Role.LEARNER);
    }

    private HttpResponse<byte[]> get(String query, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/export" + query));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** An RFC 9457 problem detail: its content type, and its body read as JSON. */
    private static JsonNode problem(HttpResponse<byte[]> response) {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        return problem;
    }

    @Test
    void anInstructorDownloadsASample() throws Exception {
        var response = get("?format=json&seed=5&areas=dates&count=4", "teacher", "chalk and blackboard");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("csto-5.json");
        QuestionSet set = new JsonImporter().read(body(response));
        assertThat(set.seed()).isEqualTo(5);
        assertThat(set.questions()).hasSize(4).allSatisfy(q -> assertThat(q.area()).isEqualTo(Area.DATES));
    }

    @Test
    void everyFormatIsServedWithItsContentTypeAndFileName() throws Exception {
        for (var exporter : org.cstoquiz.engine.export.Exporters.all()) {
            // Aiken carries single-answer questions only: ask for those, so the sample has something to write
            String types = exporter.formatName().equals("aiken") ? "&types=single_choice" : "";
            var response = get("?format=" + exporter.formatName() + "&count=5&seed=9" + types, "teacher", "chalk and blackboard");
            assertThat(response.statusCode()).as(exporter.formatName()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(exporter.formatName())
                    .startsWith(exporter.contentType().split(";")[0]);
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("csto-9." + exporter.fileExtension());
            assertThat(response.body()).isNotEmpty();
        }
    }

    @Test
    void anotherPackIsChosenByItsId() throws Exception {
        var response = get("?format=json&seed=3&count=20&pack=nato", "teacher", "chalk and blackboard");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("nato-3.json");
        QuestionSet set = new JsonImporter().read(body(response));
        assertThat(set.pack()).isEqualTo("nato");
        assertThat(set.questions()).hasSize(20);
        assertThat(org.cstoquiz.engine.paper.Draw.repeatedFacts(set.questions())).isEmpty();

        var unknownPack = get("?format=json&pack=osce", "teacher", "chalk and blackboard");
        assertThat(unknownPack.statusCode()).isEqualTo(400);
        assertThat(problem(unknownPack).path("detail").asString()).startsWith("no pack 'osce' (packs: csto, ");
    }

    @Test
    void badOptionsAnswer400WithAProblemDetail() throws Exception {
        var unknownFormat = get("?format=docx", "teacher", "chalk and blackboard");
        assertThat(unknownFormat.statusCode()).isEqualTo(400);
        assertThat(problem(unknownFormat).path("detail").asString()).startsWith("unknown format 'docx'");
        assertThat(problem(unknownFormat).path("title").asString()).isEqualTo("Bad Request");
        assertThat(problem(unknownFormat).path("instance").asString()).isEqualTo("/api/export");

        var tooMany = get("?format=json&count=999999", "teacher", "chalk and blackboard");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(problem(tooMany).path("detail").asString()).contains("is more than the");

        var unknownArea = get("?format=json&areas=weather", "teacher", "chalk and blackboard");
        assertThat(unknownArea.statusCode()).isEqualTo(400);
        assertThat(problem(unknownArea).path("detail").asString()).contains("unknown area 'weather'");
    }

    @Test
    void onlyInstructorsMayExport() throws Exception {
        var anonymous = get("?format=json", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(problem(anonymous).path("detail").asString()).isEqualTo("log in as an instructor (HTTP Basic) to use the API");
        assertThat(problem(anonymous).path("instance").asString()).isEqualTo("/api/export");

        var learner = get("?format=json", "pupil", "satchel of books");
        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(problem(learner).path("detail").asString()).isEqualTo("the API is for instructors only");
        assertThat(problem(learner).path("title").asString()).isEqualTo("Forbidden");

        assertThat(get("?format=json", "teacher", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void theHeadersSayWhatTheFileHoldsAndTheReportSaysWhatWasSkippedAndWhy() throws Exception {
        var response = get("?format=aiken&areas=dates", "teacher", "chalk and blackboard");
        assertThat(response.statusCode()).isEqualTo(200);
        int asked = Integer.parseInt(response.headers().firstValue("X-Export-Asked").orElseThrow());
        int written = Integer.parseInt(response.headers().firstValue("X-Export-Written").orElseThrow());
        int skipped = Integer.parseInt(response.headers().firstValue("X-Export-Skipped").orElseThrow());
        assertThat(written).isPositive().isEqualTo((int) body(response).lines().filter(l -> l.startsWith("ANSWER: ")).count());
        assertThat(skipped).isPositive();
        assertThat(asked).isEqualTo(written + skipped);

        var report = get("/report?format=aiken&areas=dates", "teacher", "chalk and blackboard");
        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(report.body());
        assertThat(json.path("asked").asInt()).isEqualTo(asked);
        assertThat(json.path("written").asInt()).isEqualTo(written);
        assertThat(json.path("skipped").size()).isEqualTo(skipped);
        assertThat(json.path("skipped").get(0).path("reason").asString()).startsWith("Aiken has only single-answer");
        assertThat(json.path("summary").asString()).startsWith(written + " of " + asked + " questions written in aiken; ");

        var json200 = get("?format=json&areas=dates", "teacher", "chalk and blackboard");
        assertThat(json200.headers().firstValue("X-Export-Skipped")).hasValue("0");
    }

    @Test
    void nothingToWriteIsA422ProblemDetailNotAnEmptyFile() throws Exception {
        var response = get("?format=aiken&types=true_false", "teacher", "chalk and blackboard");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = problem(response);
        assertThat(problem.path("title").asString()).isEqualTo("Nothing to export");
        assertThat(problem.path("detail").asString()).startsWith("nothing to write: none of the ")
                .endsWith("can be written in aiken (" + problem.path("asked").asInt()
                        + " Aiken has only single-answer multiple choice, not true_false)");
        assertThat(problem.path("written").asInt()).isZero();
        assertThat(problem.path("skipped").path("Aiken has only single-answer multiple choice, not true_false").asInt())
                .isEqualTo(problem.path("asked").asInt()).isPositive();
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }
}
