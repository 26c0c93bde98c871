package org.cstoquiz.app.testdb;

/**
 * What a test does when an outside tool it needs (PostgreSQL, Chromium, Node) is missing: on a
 * laptop it is skipped with the reason printed; under {@code CI=true}, where the tool must be
 * installed, the test fails.
 */
public final class ToolRequired {

    private ToolRequired() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Prints the reason; under CI fails with it. */
    public static void missing(String reason) {
        System.out.println(reason);
        if (onCi()) {
            throw new AssertionError("CI=true, so this must not be skipped: " + reason);
        }
    }
}
