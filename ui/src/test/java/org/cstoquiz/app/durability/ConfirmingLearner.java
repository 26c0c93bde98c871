package org.cstoquiz.app.durability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.cstoquiz.app.Application;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.practice.AnswerResult;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.attempt.Slot;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application with its real configuration (the embedded H2 file database of the data directory
 * given as the only argument), started in a JVM of its own: a learner answers practice questions
 * without pause, and every answer the service has confirmed is printed as
 * {@code CONFIRMED <attempt> <slot>} once the call has returned, as the page would then show it.
 * It runs until it is killed.
 */
public final class ConfirmingLearner {

    static final String LEARNER = "kill-nine-learner";
    static final String PASSWORD = "kill nine answers";

    private ConfirmingLearner() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--csto-quiz.data-dir=" + args[0], "--server.port=0", "--logging.level.root=warn");
        AccountService accounts = app.getBean(AccountService.class);
        PracticeService practice = app.getBean(PracticeService.class);
        if (accounts.findByUsername(LEARNER).isEmpty()) {
            accounts.register(new RegistrationRequest(LEARNER, PASSWORD, PASSWORD));
        }
        out.println("READY");
        while (true) {
            PracticeSession session = practice.current(LEARNER, Instant.now())
                    .orElseGet(() -> practice.start(LEARNER, PracticeSettings.untimed(20), Instant.now()));
            for (Slot slot : session.attempt().slots()) {
                if (slot.isSubmitted()) {
                    continue;
                }
                AnswerResult result = practice.answer(LEARNER, session.id(), slot.number(),
                        slot.question().correctResponse(), Instant.now());
                if (result instanceof AnswerResult.Graded) {
                    out.println("CONFIRMED " + session.id() + " " + slot.number());
                }
            }
            practice.finish(LEARNER, session.id(), Instant.now());
        }
    }
}
