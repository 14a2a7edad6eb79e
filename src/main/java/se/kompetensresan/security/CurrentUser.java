package se.kompetensresan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Arrays;

/**
 * The signed-in user and the tenant checks every service makes before it reads or changes data.
 * A refused attempt is logged (logger {@code se.kompetensresan.security.tenancy}) and raises
 * {@link AccessRefusedException}.
 */
@Component
public class CurrentUser {

    private static final Logger TENANCY_LOG = LoggerFactory.getLogger("se.kompetensresan.security.tenancy");

    /**
     * The thread's accounts read inside the current transaction, by username: a service call checks the user several
     * times (its own check, the company's, the publisher's listeners), and each check would read the account again.
     * Bound to the transaction and dropped when it completes, so every service call still reads the account afresh.
     */
    private static final Object TRANSACTION_MEMO = new Object();

    private final UserService users;

    CurrentUser(UserService users) {
        this.users = users;
    }

    public Optional<UserAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth instanceof TwoFactorGate.Pending) {
            // password given, code not yet: no service may treat this as a user (nor as the process, which has none)
            throw refused("second factor not given yet");
        }
        return account(auth.getName());
    }

    private Optional<UserAccount> account(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return users.findAccount(username);
        }
        @SuppressWarnings("unchecked")
        Map<String, Optional<UserAccount>> memo =
                (Map<String, Optional<UserAccount>>) TransactionSynchronizationManager.getResource(TRANSACTION_MEMO);
        if (memo == null) {
            Map<String, Optional<UserAccount>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(TRANSACTION_MEMO, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_MEMO);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(TRANSACTION_MEMO, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_MEMO);
                }
            });
            memo = fresh;
        }
        Optional<UserAccount> known = memo.get(username);
        if (known == null) {
            known = users.findAccount(username);
            memo.put(username, known);
        }
        return known;
    }

    public UserAccount require() {
        return get().orElseThrow(() -> refused("no signed-in user"));
    }

    /** Refuses unless the current user may see the company (which belongs to the given delprojekt). */
    public UserAccount requireCompanyAccess(long companyId, Long subprojectId) {
        UserAccount u = require();
        if (!u.canSee(companyId, subprojectId)) {
            throw refused("user " + u.id() + " (" + u.role() + ") tried to reach company " + companyId);
        }
        return u;
    }

    /** Refuses unless the current user has one of the roles. */
    public UserAccount requireRole(Role... roles) {
        UserAccount u = require();
        for (Role r : roles) {
            if (u.role() == r) {
                return u;
            }
        }
        throw refused("user " + u.id() + " (" + u.role() + ") lacks role " + java.util.Arrays.toString(roles));
    }

    /** Logs a refused attempt and returns the exception to throw. */
    public AccessRefusedException refused(String what) {
        TENANCY_LOG.warn("access refused: {}", what);
        return new AccessRefusedException(what, true);
    }
}
