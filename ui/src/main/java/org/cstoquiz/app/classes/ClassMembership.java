package org.cstoquiz.app.classes;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.base.Constraints;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Classes, their join codes and their learners: created and kept by instructors, joined by learners. */
@Component
class ClassMembership {

    private static final int CODE_TRIES = 10;

    private final StoredClassRepository classes;
    private final ClassMemberRepository members;
    private final StoredAssignmentRepository assignments;
    private final AssignmentAttemptRepository started;
    private final ClassStore store;
    private final JoinCodes codes = JoinCodes.secure();

    ClassMembership(StoredClassRepository classes, ClassMemberRepository members, StoredAssignmentRepository assignments,
                    AssignmentAttemptRepository started, ClassStore store) {
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.started = started;
        this.store = store;
    }

    List<QuizClass> classes() {
        return store.inTransaction(() -> classes.findAllByOrderByNameAsc().stream().map(store::toClass).toList());
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ClassException("Give the class a name.");
        }
        if (clean.length() > ClassService.MAX_NAME) {
            throw new ClassException("A class name has at most " + ClassService.MAX_NAME + " characters.");
        }
        return clean;
    }

    QuizClass rename(long classId, String name) {
        String clean = checkedName(name);
        return store.inTransaction(() -> {
            StoredClass stored = store.storedClass(classId);
            classes.findByNameIgnoreCase(clean).filter(other -> !other.getId().equals(stored.getId())).ifPresent(other -> {
                throw new ClassException("There is already a class named “" + other.getName() + "”.");
            });
            stored.setName(clean);
            return store.toClass(classes.saveAndFlush(stored));
        });
    }

    ClassContents contents(long classId) {
        return store.inTransaction(() -> {
            store.storedClass(classId);
            List<StoredAssignment> given = assignments.findByClassIdOrderByOpensAtDesc(classId);
            int taken = given.stream().mapToInt(assignment -> started.findByAssignmentId(assignment.getId()).size()).sum();
            return new ClassContents(given.size(), taken);
        });
    }

    /** Deletes the class, its memberships, its assignments and their results; the learners keep the tests they took. */
    void delete(long classId) {
        store.inTransaction(() -> {
            StoredClass stored = store.storedClass(classId);
            for (StoredAssignment assignment : assignments.findByClassIdOrderByOpensAtDesc(classId)) {
                started.deleteAll(started.findByAssignmentId(assignment.getId()));
                assignments.delete(assignment);
            }
            members.deleteAll(members.findByClassIdOrderByUsernameAsc(classId));
            classes.delete(stored);
            return null;
        });
    }

    QuizClass create(String name, String instructor, Instant now) {
        String clean = checkedName(name);
        return withNewCode(code -> {
            if (classes.findByNameIgnoreCase(clean).isPresent()) {
                throw new ClassException("There is already a class named “" + clean + "”.");
            }
            return store.toClass(classes.saveAndFlush(new StoredClass(clean, code, instructor, AttemptStore.exact(now))));
        });
    }

    QuizClass newCode(long classId) {
        return withNewCode(code -> {
            StoredClass stored = store.storedClass(classId);
            stored.setJoinCode(code);
            return store.toClass(classes.saveAndFlush(stored));
        });
    }

    List<Member> members(long classId) {
        return store.inTransaction(() -> {
            store.storedClass(classId);
            return members.findByClassIdOrderByUsernameAsc(classId).stream()
                    .map(member -> new Member(member.getUsername(), member.getJoinedAt())).toList();
        });
    }

    void removeMember(long classId, String username) {
        store.inTransaction(() -> {
            members.findByClassIdAndUsername(classId, username).ifPresent(members::delete);
            return null;
        });
    }

    QuizClass join(String learner, String typedCode, Instant now) {
        String code = JoinCodes.normal(typedCode);
        if (code.isEmpty()) {
            throw new ClassException("Type the code your instructor gave you.");
        }
        try {
            return store.inTransaction(() -> {
                StoredClass found = classes.findByJoinCode(code).orElseThrow(() -> new ClassException(
                        "No class has the code “" + code + "”. Check it with your instructor: they may have replaced it "
                                + "with a new one."));
                if (members.findByClassIdAndUsername(found.getId(), learner).isEmpty()) {
                    members.saveAndFlush(new ClassMember(found.getId(), learner, AttemptStore.exact(now)));
                }
                return store.toClass(found);
            });
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, ClassMember.UNIQUE_MEMBER)) {
                // joined at the same moment from another page: a member all the same
                return store.inTransaction(() -> store.toClass(classes.findByJoinCode(code).orElseThrow()));
            }
            throw e;
        }
    }

    List<String> classNamesOf(String learner) {
        return store.inTransaction(() -> members.findByUsername(learner).stream()
                .map(member -> classes.findById(member.getClassId()).map(StoredClass::getName).orElse(""))
                .sorted().toList());
    }

    /** Runs {@code work} with a code no class has; should another take it at the same moment, with another. */
    private QuizClass withNewCode(Function<String, QuizClass> work) {
        for (int tries = 1; ; tries++) {
            String code = codes.next();
            try {
                return store.inTransaction(() -> {
                    if (classes.existsByJoinCode(code)) {
                        throw new CodeTaken();
                    }
                    return work.apply(code);
                });
            } catch (CodeTaken | DataIntegrityViolationException taken) {
                if (taken instanceof DataIntegrityViolationException e && !Constraints.violated(e, StoredClass.UNIQUE_CODE)
                        || tries == CODE_TRIES) {
                    throw taken;
                }
            }
        }
    }

    private static final class CodeTaken extends RuntimeException {
        CodeTaken() {
            super("no free join code found", null, false, false);
        }
    }
}
