package org.cstoquiz.app.account;

/** What a person types into the registration form. */
public record RegistrationRequest(String username, String password, String confirmation) {
}
