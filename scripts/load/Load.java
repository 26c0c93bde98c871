import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/**
 * Load benchmark at the protocol level: simulated learners use the real UI as a browser does, without
 * a browser, speaking Vaadin Flow's own protocol — the page, the bootstrap request ({@code ?v-r=init}),
 * UIDL requests ({@code ?v-r=uidl}) with the security key, syncId and clientId, events, property
 * syncs and navigation, and the heartbeat ({@code ?v-r=heartbeat}). Each learner keeps a small model
 * of its page's state tree from the UIDL changes, so it finds a button by its text and a field by its
 * label as a user does.
 *
 * <p>A learner logs in with the login form, opens Practice from the menu, starts a session with the
 * form's defaults (every type, ten questions, timed), and then, question after question, thinks,
 * answers in the question's own input (radio buttons, check boxes, number and text fields, the
 * ordering buttons, the selects of a matching question), submits, reads the feedback, thinks and goes
 * to the next question; at the end it opens the result and starts another session. Its page sends the
 * countdown's sync event when the server has not restarted the countdown for a minute, and the
 * heartbeat at the server's interval, as the browser would.
 *
 * <p>Usage: {@code java -cp CLASSPATH Load.java BASE_URL LEARNERS SECONDS RAMP_SECONDS [SERVER_PID]}
 * drives a run; {@code java -cp CLASSPATH Load.java - count H2_URL} counts the stored answers;
 * {@code java -cp CLASSPATH Load.java - server-times LOG_DIRECTORY FROM_MS TO_MS} sums up the
 * server's access log over the run's window. The
 * other classes of this directory are compiled with it (a multi-file source program). System
 * properties: {@code think} ("3-8", seconds), {@code prepare} (parallel registrations, 4),
 * {@code trace} (print each UIDL request), {@code heartbeat} (seconds; the server's own interval
 * when unset), {@code jcmd} (path).
 */
public class Load {

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[1].equals("count")) {
            count(args[2]);
            return;
        }
        if (args.length >= 5 && args[1].equals("server-times")) {
            ServerTimes.print(java.nio.file.Path.of(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
            return;
        }
        String base = args[0].replaceAll("/+$", "");
        int learners = Integer.parseInt(args[1]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration ramp = Duration.ofSeconds(Long.parseLong(args[3]));
        Optional<Long> server = args.length > 4 ? Optional.of(Long.parseLong(args[4])) : Optional.empty();
        new Run(base, learners, length, ramp, server).go();
    }

    /** Counts the answers the benchmark's learners have stored (run after the server has stopped). */
    static void count(String h2Url) throws Exception {
        try (Connection db = DriverManager.getConnection(h2Url, "sa", "");
                ResultSet rows = db.createStatement().executeQuery("""
                        select count(*) from quiz_attempt_step s join quiz_attempt a on a.id = s.attempt_id
                        where a.owner like 'load-%' and s.kind = 'SUBMITTED'""")) {
            rows.next();
            System.out.printf("RESULT found=%d%n", rows.getLong(1));
        }
    }
}
