package se.kompetensresan.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.User;

/** Runs demo work signed in as a given user, so that the services check roles and tenants as for anyone. */
@Component
class RunAs {

    private final UserService users;

    RunAs(UserService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> work) {
        UserAccount account = users.findAccount(username).orElseThrow();
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new User(username, "n/a", authorities), null, authorities));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
