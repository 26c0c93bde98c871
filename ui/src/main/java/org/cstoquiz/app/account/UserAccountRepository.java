package org.cstoquiz.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);

    long countByRole(Role role);

    List<UserAccount> findAllByOrderByUsernameKeyAsc();

    /**
     * Takes the lock that registrations and role changes share: the row stays locked until the
     * transaction ends, so concurrent ones (on any instance) wait their turn.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update account_changes set changes = changes + 1 where id = 1", nativeQuery = true)
    int lockAccountChanges();

    /** What a session's rights are re-read from on every request. */
    @Query("select new org.cstoquiz.app.account.AccountStanding(a.username, a.role, a.suspended, a.mustChangePassword,"
            + " a.sessionGeneration)"
            + " from UserAccount a where a.usernameKey = :key")
    Optional<AccountStanding> findStanding(String key);
}
