package org.cstoquiz.app.account;

import java.io.Serializable;
import java.time.Instant;

/** An account as instructors see it; {@code mustChangePassword} while a one-time password is unchanged. */
public record AccountSummary(long id, String username, Role role, Instant createdAt, boolean suspended,
                             boolean mustChangePassword) implements Serializable {
}
