package org.cstoquiz.app.account;

/**
 * What an account may do right now: its role, whether it is suspended, whether its owner must choose
 * a new password before anything else, and the generation of sessions still valid (counted up by each
 * password reset).
 */
public record AccountStanding(String username, Role role, boolean suspended, boolean mustChangePassword,
                              int sessionGeneration) {
}
