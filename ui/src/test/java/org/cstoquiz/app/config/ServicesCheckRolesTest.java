package org.cstoquiz.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.ItemStatisticsService;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.classes.ClassService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The services check roles themselves, whoever calls them (a view left open after a demotion, a
 * future endpoint): every instructor-only operation refuses a learner and an anonymous caller.
 */
@SpringBootTest
@ActiveProfiles("test")
class ServicesCheckRolesTest {

    @Autowired
    AccountService accounts;

    @Autowired
    SelfTestService tests;

    @Autowired
    QuestionBankService bank;

    @Autowired
    ItemStatisticsService statistics;

    @Autowired
    ClassService classes;

    private Map<String, Runnable> instructorOnly() {
        Blueprint blueprint = new Blueprint(Optional.empty(), "Learner's own", Set.of(), Set.of(), 5, 0,
                ScoringScheme.PLAIN);
        ExportRequest export = ExportRequest.parse("json", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("AccountService.changeRole", () -> accounts.changeRole(1, Role.INSTRUCTOR));
        calls.put("AccountService.setSuspended", () -> accounts.setSuspended(1, true));
        calls.put("AccountService.listAccounts", accounts::listAccounts);
        calls.put("SelfTestService.saveBlueprint", () -> tests.saveBlueprint(blueprint));
        calls.put("SelfTestService.deleteBlueprint", () -> tests.deleteBlueprint(1));
        calls.put("QuestionBankService.prepare", () -> bank.prepare(export));
        calls.put("QuestionBankService.select", () -> bank.select(export));
        calls.put("QuestionBankService.prepare of a pack", () -> bank.prepare("csto", export));
        calls.put("QuestionBankService.select of a pack", () -> bank.select("csto", export));
        calls.put("QuestionBankService.exporter", () -> bank.exporter(export));
        calls.put("ItemStatisticsService.byQuestion", statistics::byQuestion);
        calls.put("ItemStatisticsService.csv", () -> statistics.csv(List.of(), Map.of()));
        calls.put("AccountService.resetPassword", () -> accounts.resetPassword(1, "a one-time secret phrase", "x"));
        Instant now = Instant.now();
        calls.put("ClassService.classes", classes::classes);
        calls.put("ClassService.create", () -> classes.create("Group", "x", now));
        calls.put("ClassService.newCode", () -> classes.newCode(1));
        calls.put("ClassService.members", () -> classes.members(1));
        calls.put("ClassService.removeMember", () -> classes.removeMember(1, "someone"));
        calls.put("ClassService.blueprints", classes::blueprints);
        calls.put("ClassService.assign", () -> classes.assign(1, 1, LocalDateTime.now(), LocalDateTime.now().plusDays(1),
                ZoneOffset.UTC, "x", now));
        calls.put("ClassService.assignments", () -> classes.assignments(1));
        calls.put("ClassService.results", () -> classes.results(1, now));
        calls.put("ClassService.resultsCsv", () -> classes.resultsCsv(1, now, ZoneOffset.UTC));
        return calls;
    }

    @Test
    @WithMockUser(username = "just-a-learner", roles = "LEARNER")
    void aLearnerIsRefusedEveryInstructorOperation() {
        instructorOnly().forEach((name, call) ->
                assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    @WithAnonymousUser
    void anAnonymousCallerIsRefusedEveryInstructorOperation() {
        instructorOnly().forEach((name, call) ->
                assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void withNobodyLoggedInNothingIsAllowed() {
        instructorOnly().forEach((name, call) -> assertThatThrownBy(call::run).as(name)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    @Test
    @WithMockUser(username = "an-instructor", roles = "INSTRUCTOR")
    void anInstructorIsAllowed() {
        assertThat(bank.exporter(ExportRequest.parse("json", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())).formatName()).isEqualTo("json");
        assertThat(accounts.listAccounts()).isNotNull();
        assertThat(statistics.csv(List.of(), Map.of())).startsWith("question_id");
    }
}
