package org.cstoquiz.app.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    /** The name as compared: lower-cased, unique in the database. */
    @Column(name = "username_key", nullable = false, unique = true, length = 100)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean suspended;

    /** Set with a one-time password: its owner must choose a new one before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Counted up by each password reset; sessions begun under an earlier generation end. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.usernameKey = UserNames.key(username);
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isSuspended() {
        return suspended;
    }

    void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Gives the account a one-time password: its owner must change it, and its open sessions end. */
    void resetPassword(String oneTimeHash) {
        this.passwordHash = oneTimeHash;
        this.mustChangePassword = true;
        this.sessionGeneration++;
    }

    /** The owner's own new password, which ends the need to change it. */
    void choosePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    AccountStanding toStanding() {
        return new AccountStanding(username, role, suspended, mustChangePassword, sessionGeneration);
    }

    AccountSummary toSummary() {
        return new AccountSummary(id, username, role, createdAt, suspended, mustChangePassword);
    }
}
