import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server's own time for each request of the run, from Tomcat's access log (pattern
 * {@code %{msec}t %m %U%q %s %D}, %D in microseconds), by kind of request, to set beside the times
 * the learners measured (which also hold the network and the driver's own scheduling).
 */
final class ServerTimes {

    private ServerTimes() {
    }

    static void print(Path logs, long from, long to) throws IOException {
        Stats server = new Stats();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split(" ");
                    if (fields.length < 5 || Long.parseLong(fields[0]) < from || Long.parseLong(fields[0]) > to) {
                        continue;
                    }
                    String kind = kind(fields[1], fields[2]);
                    server.time(kind, Long.parseLong(fields[4]) * 1000);
                    if (!fields[3].startsWith("2") && !fields[3].startsWith("3")) {
                        server.error(kind + " " + fields[3], fields[2]);
                    }
                }
            }
        }
        System.out.println("the server's own time per request over the same window (Tomcat's access log):");
        server.print(List.of("page", "init", "uidl", "login post", "heartbeat"));
        System.out.printf("responses other than 2xx and 3xx: %d %s%n", server.errorCount(), server.errors);
    }

    static String kind(String method, String target) {
        if (target.contains("v-r=uidl")) {
            return "uidl";
        }
        if (target.contains("v-r=heartbeat")) {
            return "heartbeat";
        }
        if (target.contains("v-r=init")) {
            return "init";
        }
        if (method.equals("POST") && target.startsWith("/login")) {
            return "login post";
        }
        return method.equals("GET") ? "page" : method + " other";
    }
}
