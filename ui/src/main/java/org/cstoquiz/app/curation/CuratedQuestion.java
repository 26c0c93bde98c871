package org.cstoquiz.app.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * What instructors decided about one generated question: whether it is retired, and the edited copy
 * that replaces it, if any; with the generated question as it was when last looked at, to tell
 * when the generator has changed it since. The version keeps two instructors from overwriting each
 * other's decision.
 */
@Entity
@Table(name = "curated_question")
class CuratedQuestion {

    static final String UNIQUE = "uk_curated_question";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = 64)
    private String pack;

    /** The id of the generated question. */
    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    /** The seed of the bank it was curated in. */
    @Column(name = "bank_seed", nullable = false)
    private long bankSeed;

    /** The generated question as last looked at, in the public JSON format. */
    @Column(nullable = false)
    private String original;

    @Column(nullable = false)
    private boolean retired;

    /** The edited copy, in the public JSON format; null when there is none. */
    private String edited;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CuratedQuestion() {
    }

    CuratedQuestion(String pack, String questionId, long bankSeed, String original, String by, Instant at) {
        this.pack = pack;
        this.questionId = questionId;
        this.bankSeed = bankSeed;
        this.original = original;
        this.changedBy = by;
        this.changedAt = at;
    }

    Long getId() {
        return id;
    }

    String getPack() {
        return pack;
    }

    String getQuestionId() {
        return questionId;
    }

    long getBankSeed() {
        return bankSeed;
    }

    String getOriginal() {
        return original;
    }

    boolean isRetired() {
        return retired;
    }

    Optional<String> getEdited() {
        return Optional.ofNullable(edited);
    }

    void retire(boolean retire, String by, Instant at) {
        this.retired = retire;
        touched(by, at);
    }

    void edit(String editedJson, String by, Instant at) {
        this.edited = editedJson;
        touched(by, at);
    }

    void reviewed(String originalJson, String by, Instant at) {
        this.original = originalJson;
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    Curation toCuration() {
        return new Curation(id == null ? -1 : id, pack, questionId, bankSeed, QuestionJson.read(original), retired,
                getEdited().map(QuestionJson::read), changedBy, changedAt);
    }
}
