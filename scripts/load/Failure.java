/** A failure the learner reports and recovers from by loading the practice page again. */
final class Failure extends RuntimeException {
    final String kind;

    Failure(String kind, String detail) {
        super(detail);
        this.kind = kind;
    }
}
