package org.cstoquiz.app.account;

/** What an account may do right now: its role, and whether it is suspended. */
public record AccountStanding(String username, Role role, boolean suspended) {
}
