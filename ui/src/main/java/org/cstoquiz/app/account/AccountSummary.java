package org.cstoquiz.app.account;

import java.time.Instant;

public record AccountSummary(long id, String username, Role role, Instant createdAt, boolean suspended) {
}
